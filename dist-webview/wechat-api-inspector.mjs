import { a as e, c as t, d as n, f as r, i, l as a, n as o, o as s, r as c, s as l, t as u, u as d } from "./chunks/decode-relayed-BcnAYXJH.mjs";
import { i as f, n as p, t as m } from "./chunks/format-DYzCZ-LC.mjs";
import { a as h, c as g, d as _, f as v, h as y, i as b, l as x, m as S, n as C, o as ee, p as w, s as te, t as T, u as ne } from "./chunks/jsxRuntime-GQBGxKrO.mjs";
import { a as re, n as E, t as D } from "./chunks/lookup-BpKCSpNv.mjs";
// src/capture/jssdk-hook.ts
var O = "__wechatApiInspectorJssdk";
function k(e, t) {
	let n = window, r = n[e];
	if (r) return t ? (r.listen(t), {
		installed: !0,
		events: [],
		dropped: 0,
		href: location.href
	}) : r.drain();
	let i = Reflect.apply, a = Object.keys, o = Object.defineProperty, s = Array.isArray, c = Date.now, l = [], u = t ? [t] : [], d = !t, f = 0, p = 0, m = (e) => {
		let t;
		try {
			t = {
				...e,
				url: String(location.href),
				at: c()
			};
		} catch {
			return;
		}
		for (let e of u) try {
			e(t);
		} catch {}
		d && (l.length < 1e3 ? l[l.length] = t : f++);
	}, h = (e, t) => {
		if (typeof e == "function") return "[function]";
		if (typeof e == "string") return e.length > 4096 ? `${e.slice(0, 4096)}…` : e;
		if (typeof e != "object" || !e) return typeof e == "bigint" || typeof e == "symbol" ? String(e) : e;
		if (t > 4) return "[…]";
		if (s(e)) {
			let n = [], r = Math.min(e.length, 100);
			for (let i = 0; i < r; i++) try {
				n[i] = h(e[i], t + 1);
			} catch {
				n[i] = "[unreadable]";
			}
			return n;
		}
		let n = {}, r;
		try {
			r = a(e);
		} catch {
			return "[unreadable]";
		}
		for (let i = 0; i < r.length && i < 100; i++) {
			let a = r[i];
			try {
				n[a] = h(e[a], t + 1);
			} catch {
				n[a] = "[unreadable]";
			}
		}
		return n;
	}, g = (e) => {
		try {
			e();
		} catch {}
	}, _ = /* @__PURE__ */ new WeakSet(), v = [
		"success",
		"fail",
		"cancel",
		"complete"
	], y = (e, t) => {
		if (typeof t != "object" || !t || s(t)) return t;
		let n;
		try {
			n = { ...t };
		} catch {
			return t;
		}
		let r = !1;
		for (let t of v) {
			let a = n[t];
			typeof a == "function" && (r = !0, n[t] = function(...n) {
				return g(() => m({
					kind: "result",
					id: e,
					callback: t,
					res: h(n[0], 0)
				})), i(a, this, n);
			});
		}
		return r || (n.complete = (t) => g(() => m({
			kind: "result",
			id: e,
			callback: "complete",
			res: h(t, 0)
		}))), n;
	}, b = (e, t) => {
		let n = ++p;
		return g(() => m({
			kind: "call",
			id: n,
			api: e,
			args: h(t, 0)
		})), n;
	}, x = (e) => {
		if (typeof e != "object" || !e) return e;
		let t = { ...e };
		for (let [e, n, r] of [[
			"config",
			"getConfigSignature",
			"Config"
		], [
			"agentConfig",
			"getAgentConfigSignature",
			"AgentConfig"
		]]) {
			let a = t[n];
			if (typeof a != "function") continue;
			let o = 0;
			t[n] = function(...n) {
				let r = i(a, this, n);
				return g(() => {
					let n = (n) => {
						let r = typeof n == "object" && n ? n : {}, i = e === "config" ? {
							appId: t.corpId,
							timestamp: String(r.timestamp),
							nonceStr: r.nonceStr,
							signature: r.signature,
							jsApiList: t.jsApiList
						} : {
							corpid: t.corpId,
							agentid: String(t.agentId),
							timestamp: String(r.timestamp),
							nonceStr: r.nonceStr,
							signature: r.signature,
							jsApiList: t.jsApiList
						};
						o = b(e, i);
					}, a = typeof r == "object" && r ? r.then : void 0;
					typeof a == "function" ? i(a, r, [(e) => g(() => n(e)), () => void 0]) : n(r);
				}), r;
			};
			for (let e of ["Success", "Fail"]) {
				let n = `on${r}${e}`, a = t[n];
				t[n] = function(...t) {
					return g(() => {
						o && m({
							kind: "result",
							id: o,
							callback: e.toLowerCase(),
							res: h(t[0], 0)
						});
					}), typeof a == "function" ? i(a, this, t) : void 0;
				};
			}
		}
		return t;
	}, S = (t) => {
		if (typeof t != "object" || !t) return t;
		let n = t;
		try {
			if (n[e]) return t;
		} catch {
			return t;
		}
		let r = [];
		g(() => r = a(n));
		for (let e of r) {
			let t;
			try {
				t = n[e];
			} catch {
				continue;
			}
			if (typeof t != "function") continue;
			let r = t, a = function(...t) {
				let n = t;
				try {
					if (e === "ready" && typeof t[0] == "function") {
						let e = t[0];
						n = [function(...t) {
							return g(() => m({ kind: "ready" })), i(e, this, t);
						}];
					} else if (e === "error" && typeof t[0] == "function") {
						let e = t[0];
						n = [function(t, ...n) {
							return g(() => {
								let e = typeof t == "object" && t ? t : null;
								e && _.has(e) || m({
									kind: "error",
									res: h(t, 0)
								}), e && _.add(e);
							}), i(e, this, [t, ...n]);
						}];
					} else if (e === "register") n = [x(t[0]), ...t.slice(1)];
					else if (e === "invoke") {
						let e = b(String(t[0]), t[1]), r = t[2];
						n = [
							t[0],
							t[1],
							function(t) {
								return g(() => m({
									kind: "result",
									id: e,
									callback: "complete",
									res: h(t, 0)
								})), typeof r == "function" ? i(r, this, [t]) : void 0;
							},
							...t.slice(3)
						];
					} else {
						let r = b(e, t[0]);
						n = t.length > 0 ? [y(r, t[0]), ...t.slice(1)] : t;
					}
				} catch {
					n = t;
				}
				return i(r, this, n);
			};
			g(() => n[e] = a);
		}
		return g(() => o(n, e, {
			value: !0,
			enumerable: !1
		})), t;
	};
	for (let e of [
		"wx",
		"jWeixin",
		"ww"
	]) g(() => {
		let t = Object.getOwnPropertyDescriptor(n, e);
		if (t && !t.configurable) {
			S(n[e]);
			return;
		}
		let r = S(n[e]);
		o(n, e, {
			configurable: !0,
			enumerable: !0,
			get: () => r,
			set: (e) => {
				r = S(e);
			}
		});
	});
	return o(n, e, {
		value: {
			drain: () => {
				d = !0;
				let e = l.splice(0), t = f;
				return f = 0, {
					installed: !0,
					events: e,
					dropped: t,
					href: location.href
				};
			},
			listen: (e) => (u[u.length] = e, () => {
				let t = u.indexOf(e);
				t >= 0 && u.splice(t, 1);
			})
		},
		enumerable: !1,
		configurable: !0
	}), {
		installed: !0,
		events: [],
		dropped: 0,
		href: location.href
	};
}
`${k.toString()}${JSON.stringify(O)}`, `${JSON.stringify(O)}${JSON.stringify(O)}`;
// src/store/next-task.ts
function ie(e) {
	let t = globalThis.scheduler;
	typeof (t == null ? void 0 : t.postTask) == "function" ? t.postTask(e) : setTimeout(e, 0);
}
function ae(e, t = 8, n = () => performance.now()) {
	let r = [], i = 0, a = null, o = !1, s = () => {
		for (; i < r.length;) {
			if (a === null) a = n(), setTimeout(() => a = null, 0);
			else if (n() - a >= t) {
				o || (o = !0, ie(() => {
					o = !1, a = null, s();
				}));
				return;
			}
			let c = r[i];
			i++, e(c);
		}
		r.length = 0, i = 0;
	};
	return {
		push(e) {
			r.push(e), o || s();
		},
		get waiting() {
			return r.length - i;
		}
	};
}
// src/capture/page/builtins.ts
var A = (e, t) => {
	let n = e;
	for (; n;) {
		let e = Object.getOwnPropertyDescriptor(n, t);
		if (e) return typeof e.get == "function" ? e.get : null;
		n = Object.getPrototypeOf(n);
	}
	return null;
}, j = (e, t) => {
	let n = e;
	for (; n;) {
		let e = Object.getOwnPropertyDescriptor(n, t);
		if (e) return typeof e.value == "function" ? e.value : null;
		n = Object.getPrototypeOf(n);
	}
	return null;
};
function oe(e) {
	var t, n, r, i, a, o, s, c, l, u;
	let d = Reflect.apply, f = JSON, p = f.stringify, m = (t = e.Response) == null ? void 0 : t.prototype, h = (n = e.Request) == null ? void 0 : n.prototype, g = (r = e.XMLHttpRequest) == null ? void 0 : r.prototype, _ = (i = globalThis.ReadableStream) == null ? void 0 : i.prototype, v = e.location ? A(Object.getPrototypeOf(e.location), "href") : null, y = e.location;
	return {
		apply: d,
		now: Date.now,
		jsonStringify: (e) => d(p, f, [e]),
		call: (e, t, ...n) => e ? d(e, t, n) : void 0,
		response: {
			clone: j(m, "clone"),
			body: A(m, "body"),
			status: A(m, "status"),
			url: A(m, "url"),
			headers: A(m, "headers")
		},
		request: {
			url: A(h, "url"),
			method: A(h, "method"),
			headers: A(h, "headers")
		},
		headers: { forEach: j((a = e.Headers) == null ? void 0 : a.prototype, "forEach") },
		reader: {
			read: j((o = e.ReadableStreamDefaultReader) == null ? void 0 : o.prototype, "read"),
			cancel: j((s = e.ReadableStreamDefaultReader) == null ? void 0 : s.prototype, "cancel")
		},
		stream: { getReader: j(_, "getReader") },
		blob: {
			slice: j((c = e.Blob) == null ? void 0 : c.prototype, "slice"),
			arrayBuffer: j((l = e.Blob) == null ? void 0 : l.prototype, "arrayBuffer"),
			size: A((u = e.Blob) == null ? void 0 : u.prototype, "size")
		},
		xhr: {
			open: j(g, "open"),
			send: j(g, "send"),
			setRequestHeader: j(g, "setRequestHeader"),
			getAllResponseHeaders: j(g, "getAllResponseHeaders"),
			addEventListener: j(g, "addEventListener"),
			status: A(g, "status"),
			responseType: A(g, "responseType"),
			responseText: A(g, "responseText"),
			response: A(g, "response"),
			responseURL: A(g, "responseURL")
		},
		URL: e.URL,
		URLSearchParams: e.URLSearchParams,
		Headers: e.Headers,
		Request: e.Request,
		Blob: e.Blob,
		TextDecoder: e.TextDecoder,
		href: () => {
			var e;
			return String(v && y ? d(v, y, []) : (e = y == null ? void 0 : y.href) == null ? "" : e);
		}
	};
}
// src/capture/page/exchange.ts
var se = (e, t) => {
	for (let n of e) if (n.name.toLowerCase() === t) return n.value;
	return null;
};
function ce(e) {
	let t = se(e, "content-length");
	return t === null || !/^\s*\d{1,15}\s*$/.test(t) ? null : Number(t);
}
function le(e, t, n) {
	var r;
	let a = i(e.url);
	if (a) return {
		kind: "wechat",
		match: a,
		maxBytes: n
	};
	let o = c({
		url: e.url,
		method: e.method,
		mimeType: (r = se(e.responseHeaders, "content-type")) == null ? "" : r,
		size: ce(e.responseHeaders)
	}, t);
	return o ? {
		kind: "relay",
		candidate: o,
		maxBytes: o.by === "auto" ? Math.min(u + 1, n) : n
	} : null;
}
function ue(t, n, r, i, a) {
	var s;
	let c = {
		id: t,
		startedDateTime: new Date(n.startedAt).toISOString(),
		time: Math.max(0, a - n.startedAt),
		method: n.method.toUpperCase(),
		url: n.url,
		status: n.status,
		mimeType: (s = se(n.responseHeaders, "content-type")) == null ? "" : s,
		requestHeaders: n.requestHeaders,
		responseHeaders: n.responseHeaders,
		requestBody: n.requestBody,
		content: r.content,
		encoding: r.encoding,
		timings: null
	};
	if (i.kind === "wechat") return e(c, i.match);
	let l = o(c, i.candidate);
	return l ? {
		...l,
		id: t
	} : null;
}
// src/capture/page/body.ts
var M = {
	content: null,
	encoding: ""
};
function de(e) {
	let t = "", n = 32768;
	for (let r = 0; r < e.length; r += n) t += String.fromCharCode.apply(null, e.subarray(r, r + n));
	return btoa(t);
}
function fe(e, t) {
	return l(e) !== null || s(e) || !t.TextDecoder ? {
		content: de(e),
		encoding: "base64"
	} : {
		content: new t.TextDecoder("utf-8").decode(e),
		encoding: ""
	};
}
async function pe(e, t, n) {
	if (!e) return /* @__PURE__ */ new Uint8Array();
	let r = n.call(n.stream.getReader, e);
	if (!r) return null;
	let i = [], a = 0;
	for (;;) {
		let e = await n.call(n.reader.read, r);
		if (e.done || !(e.value instanceof Uint8Array)) break;
		if (i[i.length] = e.value, a += e.value.length, a >= t) {
			var o, s;
			(o = n.call(n.reader.cancel, r)) == null || (s = o.catch) == null || s.call(o, () => void 0);
			break;
		}
	}
	let c = new Uint8Array(Math.min(a, t)), l = 0;
	for (let e of i) {
		if (l >= c.length) break;
		let t = e.subarray(0, c.length - l);
		c.set(t, l), l += t.length;
	}
	return c;
}
var me = (e, t) => ({
	content: e.length > t ? e.slice(0, t) : e,
	encoding: ""
});
// src/capture/page/fetch-capture.ts
function N(e, t) {
	if (typeof e != "object" || !e) return;
	let n = Object.getOwnPropertyDescriptor(e, t);
	return n && "value" in n ? n.value : void 0;
}
function he(e, t) {
	let n = [];
	if (typeof e != "object" || !e) return n;
	if (t.Headers && e instanceof t.Headers) return t.call(t.headers.forEach, e, (e, t) => void (n[n.length] = {
		name: t,
		value: e
	})), n;
	if (Array.isArray(e)) {
		for (let t = 0; t < e.length && t < 200; t++) {
			let r = e[t];
			Array.isArray(r) && typeof r[0] == "string" && typeof r[1] == "string" && (n[n.length] = {
				name: r[0],
				value: r[1]
			});
		}
		return n;
	}
	for (let t of Object.keys(e).slice(0, 200)) {
		let r = N(e, t);
		typeof r == "string" && (n[n.length] = {
			name: t,
			value: r
		});
	}
	return n;
}
function ge(e, t) {
	return typeof e == "string" ? e : t.URLSearchParams && e instanceof t.URLSearchParams ? String(e) : null;
}
function _e(e, t) {
	let n = null;
	if (typeof e == "string" ? n = e : t.URL && e instanceof t.URL && (n = e.href), n === null || !t.URL) return null;
	try {
		return new t.URL(n, t.href()).href;
	} catch {
		return null;
	}
}
function ve(e, t, n) {
	let r = n.Request !== void 0 && e instanceof n.Request, i = r ? n.call(n.request.url, e) : _e(e, n);
	if (typeof i != "string") return null;
	let a = N(t, "method"), o = typeof a == "string" ? a : r ? String(n.call(n.request.method, e)) : "GET", s = N(t, "headers"), c = s === void 0 ? r ? he(n.call(n.request.headers, e), n) : [] : he(s, n);
	return {
		url: i,
		method: o.toUpperCase(),
		headers: c,
		body: ge(N(t, "body"), n)
	};
}
var ye = (e) => typeof e == "object" && !!e && e.name === "AbortError";
function be(e, t, n) {
	let r = e.fetch;
	if (typeof r != "function") return () => void 0;
	let i = Promise.prototype.then, a = function(...e) {
		let a = null, o = 0;
		try {
			o = t.now(), a = ve(e[0], e[1], t);
		} catch {
			a = null;
		}
		let s = t.apply(r, this, e);
		if (!a) return s;
		let c = a;
		try {
			let e = (e) => {
				try {
					let r = he(t.call(t.response.headers, e), t), i = t.call(t.response.url, e), a = n({
						method: c.method,
						url: typeof i == "string" && i !== "" ? i : c.url,
						startedAt: o,
						status: Number(t.call(t.response.status, e)) || 0,
						requestHeaders: c.headers,
						responseHeaders: r,
						requestBody: c.body
					});
					if (!a) return;
					let s = t.call(t.response.clone, e);
					pe(t.call(t.response.body, s), a.maxBytes, t).then((e) => e ? fe(e, t) : M, () => M).then(a.take).catch(() => void 0);
				} catch {}
			}, r = (e) => {
				try {
					var t;
					if (ye(e)) return;
					(t = n({
						method: c.method,
						url: c.url,
						startedAt: o,
						status: 0,
						requestHeaders: c.headers,
						responseHeaders: [],
						requestBody: c.body
					})) == null || t.take(M);
				} catch {}
			};
			return t.apply(i, s, [(t) => (e(t), t), (e) => {
				throw r(e), e;
			}]);
		} catch {
			return s;
		}
	};
	return e.fetch = a, () => {
		e.fetch === a && (e.fetch = r);
	};
}
// src/capture/page/xhr-capture.ts
function xe(e) {
	let t = [];
	if (typeof e != "string") return t;
	for (let n of e.split(/\r?\n/)) {
		let e = n.indexOf(":");
		e > 0 && (t[t.length] = {
			name: n.slice(0, e).trim(),
			value: n.slice(e + 1).trim()
		});
	}
	return t;
}
async function Se(e, t, n) {
	var r;
	let i = String((r = t.call(t.xhr.responseType, e)) == null ? "" : r);
	if (i === "" || i === "text") {
		let r = t.call(t.xhr.responseText, e);
		return typeof r == "string" ? me(r, n) : M;
	}
	let a = t.call(t.xhr.response, e);
	if (i === "json") {
		if (a == null) return M;
		let e = t.jsonStringify(a);
		return typeof e == "string" ? me(e, n) : M;
	}
	if (i === "arraybuffer" && a instanceof ArrayBuffer) return fe(new Uint8Array(a, 0, Math.min(a.byteLength, n)), t);
	if (i === "blob" && t.Blob && a instanceof t.Blob) {
		let e = t.call(t.blob.slice, a, 0, n), r = await t.call(t.blob.arrayBuffer, e);
		return fe(new Uint8Array(r), t);
	}
	return M;
}
function Ce(e, t, n) {
	var r;
	let i = (r = e.XMLHttpRequest) == null ? void 0 : r.prototype;
	if (!i || !t.xhr.open || !t.xhr.send) return () => void 0;
	let a = /* @__PURE__ */ new WeakMap(), { open: o, send: s, setRequestHeader: c } = t.xhr, l = (e, r) => {
		try {
			if (r.url === null || r.aborted) return;
			let i = Number(t.call(t.xhr.status, e)) || 0, a = t.call(t.xhr.responseURL, e), o = n({
				method: r.method,
				url: typeof a == "string" && a !== "" ? a : r.url,
				startedAt: r.startedAt,
				status: i,
				requestHeaders: r.headers,
				responseHeaders: i === 0 ? [] : xe(t.call(t.xhr.getAllResponseHeaders, e)),
				requestBody: r.body
			});
			if (!o) return;
			i === 0 ? o.take(M) : Se(e, t, o.maxBytes).then(o.take, () => o.take(M)).catch(() => void 0);
		} catch {}
	}, u = {
		open(...e) {
			try {
				let n = typeof e[0] == "string" ? e[0].toUpperCase() : "GET";
				a.set(this, {
					method: n,
					url: _e(e[1], t),
					async: e.length < 3 || !!e[2],
					headers: [],
					startedAt: 0,
					body: null,
					aborted: !1
				});
			} catch {
				a.delete(this);
			}
			return t.apply(o, this, e);
		},
		setRequestHeader(...e) {
			let n = t.apply(c, this, e);
			try {
				let t = a.get(this);
				t && typeof e[0] == "string" && typeof e[1] == "string" && (t.headers[t.headers.length] = {
					name: e[0],
					value: e[1]
				});
			} catch {}
			return n;
		},
		send(...e) {
			let n = a.get(this);
			if (n) try {
				if (n.startedAt = t.now(), n.body = ge(e[0], t), n.async) {
					let e = this;
					t.call(t.xhr.addEventListener, e, "abort", () => n.aborted = !0, { once: !0 }), t.call(t.xhr.addEventListener, e, "loadend", () => l(e, n), { once: !0 });
				}
			} catch {}
			let r = t.apply(s, this, e);
			return n && !n.async && l(this, n), r;
		}
	}, d = {
		open: o,
		send: s,
		setRequestHeader: c
	}, f = i;
	for (let e of [
		"open",
		"setRequestHeader",
		"send"
	]) d[e] && (f[e] = u[e]);
	return () => {
		for (let e of [
			"open",
			"setRequestHeader",
			"send"
		]) f[e] === u[e] && (f[e] = d[e]);
	};
}
// src/capture/page/page-capture.ts
var we = 1048576, Te = 8;
function Ee(e) {
	let t = [], r = 0;
	return e.forEach((e, i) => {
		var o, s, c, l;
		let u = typeof e == "object" && e ? e : {}, d = u.path === void 0 ? {
			kind: "prefix",
			value: "/"
		} : typeof u.path == "string" ? {
			kind: "prefix",
			value: u.path
		} : u.path, f = {
			id: `code-${i + 1}`,
			enabled: (o = u.enabled) == null || o,
			hostGlob: u.hostGlob,
			path: d,
			platform: (s = u.platform) == null ? "auto" : s,
			errcodePath: (c = u.errcodePath) == null ? "errcode" : c,
			errmsgPath: (l = u.errmsgPath) == null ? "errmsg" : l
		}, p = n(f) ? a(f) : null;
		p ? t.push(p) : r++;
	}), {
		compiled: t,
		invalid: r
	};
}
function De(e, n, r = {}) {
	let i = oe(e), a, o, s, c = (e) => {
		var n, r;
		let i = Ee(Array.isArray(e.rules) ? e.rules : []);
		a = {
			settings: {
				autoDetect: (n = e.autoDetect) == null ? t.autoDetect : n,
				pathRulesEverywhere: (r = e.pathRulesEverywhere) == null ? t.pathRulesEverywhere : r
			},
			rules: i.compiled
		};
		let c = Number(e.maxBodyBytes);
		o = Number.isFinite(c) && c > 0 ? Math.floor(c) : we, s = i.invalid;
	};
	c(r);
	let l = 0, u = 0, d = 0, f = ae((e) => {
		try {
			e();
		} catch {}
	}), p = (e) => {
		let t = le(e, a, o);
		if (!t) return null;
		if (t.kind === "relay" && u >= Te) return d++, null;
		u++;
		let r = `w${++l}`;
		return {
			maxBytes: t.maxBytes,
			take: (a) => {
				u--;
				let o = i.now();
				f.push(() => {
					let i = ue(r, e, a, t, o);
					i && n.add(i);
				});
			}
		};
	}, m = (e) => {
		try {
			return p(e);
		} catch {
			return null;
		}
	}, h = [be(e, i, m), Ce(e, i, m)];
	return {
		get invalidRules() {
			return s;
		},
		configure: c,
		get skipped() {
			return d;
		},
		uninstall: () => h.forEach((e) => e())
	};
}
// src/decode/jssdk/timeline.ts
var Oe = 2048, ke = (e) => typeof e == "string" ? e.slice(0, Oe) : null, Ae = (e) => typeof e == "number" && Number.isFinite(e) ? e : null;
function je(e) {
	var t, n;
	if (typeof e != "object" || !e) return null;
	let r = e, i = (t = ke(r.url)) == null ? "" : t, a = (n = Ae(r.at)) == null ? 0 : n;
	switch (r.kind) {
		case "call": {
			let e = Ae(r.id), t = ke(r.api);
			return e !== null && t ? {
				kind: "call",
				id: e,
				api: t,
				args: r.args,
				url: i,
				at: a
			} : null;
		}
		case "result": {
			let e = Ae(r.id), t = ke(r.callback);
			return e !== null && t ? {
				kind: "result",
				id: e,
				callback: t,
				res: r.res,
				url: i,
				at: a
			} : null;
		}
		case "error": return {
			kind: "error",
			res: r.res,
			url: i,
			at: a
		};
		case "ready": return {
			kind: "ready",
			url: i,
			at: a
		};
		default: return null;
	}
}
var Me = (e) => /:\s*ok\b/i.test(e) || /^ok$/i.test(e.trim()), Ne = /* @__PURE__ */ new Set(["config"]);
function Pe(e, t, n = []) {
	let r = /* @__PURE__ */ new Map();
	for (let e of n) {
		let n = /^j(\d+)@(.*)$/.exec(e.key);
		n && n[2] === t && r.set(Number(n[1]), e);
	}
	let i = (e, t, n, r, i) => {
		let a = i == null ? f(t) : i;
		e.res = t, e.errMsg = a, e.state = Me(a) ? "ok" : "error", e.resultUrl = n, e.resultAt = r;
	}, a = () => {
		for (let e = n.length - 1; e >= 0; e--) if (Ne.has(n[e].api) && n[e].state === "pending") return n[e];
	};
	for (let o of e) switch (o.kind) {
		case "call": {
			let e = {
				key: `j${o.id}@${t}`,
				api: o.api,
				args: o.args,
				url: o.url,
				at: o.at,
				state: "pending",
				errMsg: null,
				res: null,
				resultUrl: null,
				resultAt: null
			};
			r.set(o.id, e), n.push(e);
			break;
		}
		case "result": {
			let e = r.get(o.id);
			e && (e.state === "pending" || o.callback !== "complete") && i(e, o.res, o.url, o.at);
			break;
		}
		case "error": {
			let e = a();
			e && i(e, o.res, o.url, o.at);
			break;
		}
		case "ready": {
			let e = a();
			e && i(e, { errMsg: "config:ok" }, o.url, o.at, "config:ok");
			break;
		}
	}
	return n;
}
// \0@oxc-project+runtime@0.156.0/helpers/esm/typeof.js
function P(e) {
	"@babel/helpers - typeof";
	return P = typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? function(e) {
		return typeof e;
	} : function(e) {
		return e && typeof Symbol == "function" && e.constructor === Symbol && e !== Symbol.prototype ? "symbol" : typeof e;
	}, P(e);
}
// \0@oxc-project+runtime@0.156.0/helpers/esm/toPrimitive.js
function Fe(e, t) {
	if (P(e) != "object" || !e) return e;
	var n = e[Symbol.toPrimitive];
	if (n !== void 0) {
		var r = n.call(e, t || "default");
		if (P(r) != "object") return r;
		throw TypeError("@@toPrimitive must return a primitive value.");
	}
	return (t === "string" ? String : Number)(e);
}
// \0@oxc-project+runtime@0.156.0/helpers/esm/toPropertyKey.js
function Ie(e) {
	var t = Fe(e, "string");
	return P(t) == "symbol" ? t : t + "";
}
// \0@oxc-project+runtime@0.156.0/helpers/esm/defineProperty.js
function F(e, t, n) {
	return (t = Ie(t)) in e ? Object.defineProperty(e, t, {
		value: n,
		enumerable: !0,
		configurable: !0,
		writable: !0
	}) : e[t] = n, e;
}
// src/store/call-store.ts
var Le = (e) => {
	let t = Date.parse(e.startedDateTime);
	return Number.isNaN(t) ? 0 : t;
}, Re = 600;
function ze(e) {
	var t, n, r, i;
	let a = Re + e.url.length + ((t = (n = e.requestBody) == null ? void 0 : n.length) == null ? 0 : t) + ((r = (i = e.errmsg) == null ? void 0 : i.length) == null ? 0 : r);
	(e.body.kind === "json" || e.body.kind === "text") && (a += e.body.text.length);
	for (let t of e.requestHeaders) a += t.name.length + t.value.length;
	for (let t of e.responseHeaders) a += t.name.length + t.value.length;
	return a;
}
var Be = class {
	constructor(e = 5e4, t = 20 * 1024 ** 2) {
		F(this, "capacity", void 0), F(this, "maxBytes", void 0), F(this, "list", []), F(this, "ids", /* @__PURE__ */ new Set()), F(this, "bytes", 0), F(this, "listeners", /* @__PURE__ */ new Set()), F(this, "dropped", 0), this.capacity = e, this.maxBytes = t;
	}
	get calls() {
		return this.list;
	}
	add(e) {
		let t = [];
		for (let n of e) this.ids.has(n.id) || (this.ids.add(n.id), this.insertInOrder(n), this.bytes += ze(n), t.push(n));
		let n = 0, r = this.bytes;
		for (; n < this.list.length - 1 && (this.list.length - n > this.capacity || r > this.maxBytes);) r -= ze(this.list[n]), n++;
		if (n > 0) {
			for (let e of this.list.splice(0, n)) this.ids.delete(e.id);
			this.bytes = r, this.dropped += n;
		}
		return t.length > 0 && this.emit({
			type: "add",
			calls: t
		}), t;
	}
	reset(e = []) {
		this.list = [], this.ids.clear(), this.bytes = 0, this.dropped = 0;
		for (let t of e) this.ids.add(t.id), this.insertInOrder(t), this.bytes += ze(t);
		this.emit({ type: "reset" });
	}
	removeStartedBefore(e) {
		this.reset(this.list.filter((t) => Le(t) >= e));
	}
	subscribe(e) {
		return this.listeners.add(e), () => this.listeners.delete(e);
	}
	insertInOrder(e) {
		let t = Le(e), n = this.list.length;
		for (; n > 0 && Le(this.list[n - 1]) > t;) n--;
		n === this.list.length ? this.list.push(e) : this.list.splice(n, 0, e);
	}
	emit(e) {
		for (let t of this.listeners) t(e);
	}
}, Ve = class {
	constructor(e = 2e3) {
		F(this, "capacity", void 0), F(this, "list", []), F(this, "listeners", /* @__PURE__ */ new Set()), this.capacity = e;
	}
	get calls() {
		return this.list;
	}
	add(e, t) {
		Pe(e, t, this.list), this.list.length > this.capacity && this.list.splice(0, this.list.length - this.capacity), this.emit();
	}
	reset(e = []) {
		this.list = [...e], this.emit();
	}
	removeBefore(e) {
		let t = this.list.filter((t) => t.at >= e);
		t.length !== this.list.length && this.reset(t);
	}
	subscribe(e) {
		return this.listeners.add(e), () => this.listeners.delete(e);
	}
	emit() {
		for (let e of this.listeners) e();
	}
}, He = {
	preserveLog: !1,
	jssdkSites: []
}, Ue = "page";
function We(e) {
	let t = new Be(), n = new Ve(), r = /* @__PURE__ */ new Set(), i = {
		...He,
		preserveLog: !0,
		jssdkSites: e ? [e] : []
	}, a = () => ({
		calls: [...n.calls],
		origin: e,
		enabled: !0
	}), o = (e) => {
		for (let t of r) t(e);
	};
	return n.subscribe(() => o({
		type: "jssdk",
		state: a()
	})), {
		link: {
			tabId: 0,
			store: t,
			busy: () => !1,
			state: () => ({
				settings: i,
				problems: [],
				jssdk: a()
			}),
			send: (e) => {
				e.type === "clear" ? (t.reset(), n.reset()) : e.type === "import" && t.add(e.calls);
			},
			listen: (e) => (r.add(e), () => r.delete(e))
		},
		addCall: (e) => void t.add([e]),
		addJssdkEvent: (e) => {
			let t = je(e);
			t && n.add([t], Ue);
		}
	};
}
// src/shells/webview/install.ts
var I = null;
function Ge(e) {
	try {
		let t = new URL(e).origin;
		return t === "null" ? null : t;
	} catch {
		return null;
	}
}
function Ke(e = {}) {
	try {
		if (I) return I.capture.configure(e), I.options = {
			...I.options,
			...e
		}, I;
		let t = We(Ge(location.href)), n = De(window, { add: t.addCall }, e);
		return k(O, t.addJssdkEvent), I = {
			log: t,
			capture: n,
			options: { ...e }
		}, I;
	} catch {
		return null;
	}
}
function qe() {
	var e;
	return (e = I) == null ? Ke() : e;
}
// node_modules/@preact/signals-core/dist/signals-core.module.js
var Je = Symbol.for("preact-signals");
function L() {
	if (V > 1) V--;
	else {
		var e, t = !1;
		for ((function() {
			var e = U;
			for (U = void 0; e !== void 0;) {
				var t = e.S;
				if (t.v === e.v) for (var n = t.t; n !== void 0; n = n.x) n.i === e.i && (n.i = t.i);
				e = e.o;
			}
		})(); B !== void 0;) {
			var n = B;
			for (B = void 0, H++; n !== void 0;) {
				var r = n.u;
				if (n.u = void 0, n.f &= -3, !(8 & n.f) && et(n)) try {
					n.c();
				} catch (n) {
					t || (e = n, t = !0);
				}
				n = r;
			}
		}
		if (H = 0, V--, t) throw e;
	}
}
function Ye(e) {
	if (V > 0) return e();
	Qe = ++Ze, V++;
	try {
		return e();
	} finally {
		L();
	}
}
var R, z = void 0;
function Xe(e) {
	var t = z, n = R;
	z = void 0, R = void 0;
	try {
		return e();
	} finally {
		z = t, R = n;
	}
}
var B = void 0, V = 0, H = 0, Ze = 0, Qe = 0, U = void 0, W = 0;
function $e(e) {
	if (z !== void 0) {
		var t = e.n;
		if (t === void 0 || t.t !== z) return t = {
			i: 0,
			S: e,
			p: z.s,
			n: void 0,
			t: z,
			e: void 0,
			x: void 0,
			r: t
		}, z.s !== void 0 && (z.s.n = t), z.s = t, e.n = t, 32 & z.f && e.S(t), t;
		if (t.i === -1) return t.i = 0, t.n !== void 0 && (t.n.p = t.p, t.p !== void 0 && (t.p.n = t.n), t.p = z.s, t.n = void 0, z.s.n = t, z.s = t), t;
	}
}
function G(e, t) {
	this.v = e, this.i = 0, this.n = void 0, this.t = void 0, this.l = 0, this.W = t == null ? void 0 : t.watched, this.Z = t == null ? void 0 : t.unwatched, this.name = t == null ? void 0 : t.name;
}
G.prototype.brand = Je, G.prototype.h = function() {
	return !0;
}, G.prototype.S = function(e) {
	var t = this, n = this.t;
	n !== e && e.e === void 0 && (e.x = n, this.t = e, n === void 0 ? Xe(function() {
		var e;
		(e = t.W) == null || e.call(t);
	}) : n.e = e);
}, G.prototype.U = function(e) {
	var t = this;
	if (this.t !== void 0) {
		var n = e.e, r = e.x;
		n !== void 0 && (n.x = r, e.e = void 0), r !== void 0 && (r.e = n, e.x = void 0), e === this.t && (this.t = r, r === void 0 && Xe(function() {
			var e;
			(e = t.Z) == null || e.call(t);
		}));
	}
}, G.prototype.subscribe = function(e) {
	var t = this;
	return Y(function() {
		var n = t.value;
		Xe(function() {
			return e(n);
		});
	}, { name: "sub" });
}, G.prototype.valueOf = function() {
	return this.value;
}, G.prototype.toString = function() {
	return this.value + "";
}, G.prototype.toJSON = function() {
	return this.value;
}, G.prototype.peek = function() {
	var e = this;
	return Xe(function() {
		return e.value;
	});
}, Object.defineProperty(G.prototype, "value", {
	get: function() {
		var e = $e(this);
		return e !== void 0 && (e.i = this.i), this.v;
	},
	set: function(e) {
		if (e !== this.v) {
			if (H > 100) throw Error("Cycle detected");
			(function(e) {
				V !== 0 && H === 0 && e.l !== Qe && (e.l = Qe, U = {
					S: e,
					v: e.v,
					i: e.i,
					o: U
				});
			})(this), this.v = e, this.i++, W++, V++;
			try {
				for (var t = this.t; t !== void 0; t = t.x) t.t.N();
			} finally {
				L();
			}
		}
	}
});
function K(e, t) {
	return new G(e, t);
}
function et(e) {
	for (var t = e.s; t !== void 0; t = t.n) if (t.S.i !== t.i || !t.S.h() || t.S.i !== t.i) return !0;
	return !1;
}
function tt(e) {
	for (var t = e.s; t !== void 0; t = t.n) {
		var n = t.S.n;
		if (n !== void 0 && (t.r = n), t.S.n = t, t.i = -1, t.n === void 0) {
			e.s = t;
			break;
		}
	}
}
function nt(e) {
	for (var t = e.s, n = void 0; t !== void 0;) {
		var r = t.p;
		t.i === -1 ? (t.S.U(t), r !== void 0 && (r.n = t.n), t.n !== void 0 && (t.n.p = r)) : n = t, t.S.n = t.r, t.r !== void 0 && (t.r = void 0), t = r;
	}
	e.s = n;
}
function q(e, t) {
	G.call(this, void 0, t), this.x = e, this.s = void 0, this.g = W - 1, this.f = 4;
}
q.prototype = new G(), q.prototype.h = function() {
	if (this.f &= -3, 1 & this.f) return !1;
	if ((36 & this.f) == 32 || (this.f &= -5, this.g === W)) return !0;
	if (this.g = W, this.f |= 1, this.i > 0 && !et(this)) return this.f &= -2, !0;
	var e = z;
	try {
		tt(this), z = this;
		var t = this.x();
		(16 & this.f || this.v !== t || this.i === 0) && (this.v = t, this.f &= -17, this.i++);
	} catch (e) {
		this.v = e, this.f |= 16, this.i++;
	}
	return z = e, nt(this), this.f &= -2, !0;
}, q.prototype.S = function(e) {
	if (this.t === void 0) {
		this.f |= 36;
		for (var t = this.s; t !== void 0; t = t.n) t.S.S(t);
	}
	G.prototype.S.call(this, e);
}, q.prototype.U = function(e) {
	if (this.t !== void 0 && (G.prototype.U.call(this, e), this.t === void 0)) {
		this.f &= -33;
		for (var t = this.s; t !== void 0; t = t.n) t.S.U(t);
	}
}, q.prototype.N = function() {
	if (!(2 & this.f)) {
		this.f |= 6;
		for (var e = this.t; e !== void 0; e = e.x) e.t.N();
	}
}, Object.defineProperty(q.prototype, "value", { get: function() {
	if (1 & this.f) throw Error("Cycle detected");
	var e = $e(this);
	if (this.h(), e !== void 0 && (e.i = this.i), 16 & this.f) throw this.v;
	return this.v;
} });
function rt(e, t) {
	return new q(e, t);
}
function it(e) {
	var t = e.j;
	if (e.j = void 0, typeof t == "function") {
		V++;
		var n = z;
		z = void 0;
		try {
			t();
		} catch (t) {
			throw e.f &= -2, e.f |= 8, at(e), t;
		} finally {
			z = n, L();
		}
	}
}
function at(e) {
	for (var t = e.s; t !== void 0; t = t.n) t.S.U(t);
	e.x = void 0, e.s = void 0, it(e);
}
function ot(e) {
	if (z !== this) throw Error("Out-of-order effect");
	nt(this), z = e, this.f &= -2;
	try {
		8 & this.f && at(this);
	} finally {
		L();
	}
}
function J(e, t) {
	this.x = e, this.j = void 0, this.s = void 0, this.u = void 0, this.f = 32, this.name = t == null ? void 0 : t.name, R && R.push(this);
}
J.prototype.c = function() {
	var e = this.S();
	try {
		if (8 & this.f || this.x === void 0) return;
		var t = this.x();
		typeof t == "function" && (this.j = t);
	} finally {
		e();
	}
}, J.prototype.S = function() {
	if (1 & this.f) throw Error("Cycle detected");
	this.f |= 1, this.f &= -9, it(this), tt(this), V++;
	var e = z;
	return z = this, ot.bind(this, e);
}, J.prototype.N = function() {
	2 & this.f || (this.f |= 2, this.u = B, B = this);
}, J.prototype.d = function() {
	this.f |= 8, 1 & this.f || at(this);
}, J.prototype.dispose = function() {
	this.d();
};
function Y(e, t) {
	var n = new J(e, t);
	try {
		n.c();
	} catch (e) {
		throw n.d(), e;
	}
	var r = n.d.bind(n);
	return r[Symbol.dispose] = r, r;
}
// node_modules/@preact/signals/dist/signals.module.js
var st, X, ct = typeof window < "u" && !!window.__PREACT_SIGNALS_DEVTOOLS__, lt = [];
Y(function() {
	st = this.N;
})();
function Z(e, t) {
	w[e] = t.bind(null, w[e] || function() {});
}
function Q(e) {
	if (X) {
		var t = X;
		X = void 0, t();
	}
	X = e && e.S();
}
function ut(e) {
	var t = this, n = e.data, r = $(n);
	r.name = "ReactiveDom", r.value = n;
	var i = x(function() {
		for (var e = t, n = t.__v; n = n.__;) if (n.__c) {
			n.__c.__$f |= 4;
			break;
		}
		var i = rt(function() {
			var e = r.value.value;
			return e === 0 ? 0 : !0 === e ? "" : e || "";
		}), a = rt(function() {
			return !Array.isArray(i.value) && !S(i.value);
		}), o = Y(function() {
			if (this.N = mt, a.value) {
				var t = i.value;
				e.__v && e.__v.__e && e.__v.__e.nodeType === 3 && (e.__v.__e.data = t);
			}
		}), s = t.__$u.d;
		return t.__$u.d = function() {
			o(), s.call(this);
		}, [a, i];
	}, []), a = i[0], o = i[1];
	return a.value ? o.peek() : o.value;
}
ut.displayName = "ReactiveTextNode", Object.defineProperties(G.prototype, {
	constructor: {
		configurable: !0,
		value: v(ne, null).constructor
	},
	type: {
		configurable: !0,
		value: ut
	},
	props: {
		configurable: !0,
		get: function() {
			var e = this;
			return { data: { get value() {
				return e.value;
			} } };
		}
	},
	__b: {
		configurable: !0,
		value: 1
	}
}), Z("__b", function(e, t) {
	if (Q(), typeof t.type == "string") {
		var n, r = t.props;
		for (var i in r) if (i !== "children") {
			var a = r[i];
			a instanceof G && (n || (t.__np = n = {}), n[i] = a, r[i] = a.peek());
		}
	}
	e(t);
}), Z("__r", function(e, t) {
	if (e(t), t.type !== ne) {
		Q();
		var n, r = t.__c;
		r && (r.__$f &= -2, (n = r.__$u) === void 0 && (r.__$u = n = function(e, t) {
			var n;
			return Y(function() {
				n = this;
			}, { name: t }), n.c = e, n;
		}(function(e) {
			return function() {
				var t;
				ct && ((t = this.y) == null || t.call(this)), e.__$f |= 1, e.setState({});
			};
		}(r), typeof t.type == "function" ? t.type.displayName || t.type.name : ""))), Q(n);
	}
}), Z("__e", function(e, t, n, r) {
	Q(), e(t, n, r);
}), Z("diffed", function(e, t) {
	Q();
	var n;
	if (typeof t.type == "string" && (n = t.__e)) {
		var r = t.__np, i = t.props, a = n.U;
		if (a) for (var o in a) {
			var s = a[o];
			s === void 0 || r && o in r || (s.d(), a[o] = void 0);
		}
		if (r) for (var c in a || (a = {}, n.U = a), r) {
			var l = a[c], u = r[c];
			l === void 0 ? (l = dt(n, c, u, i), a[c] = l) : l.o(u, i);
		}
	}
	e(t);
});
function dt(e, t, n, r) {
	var i = t in e && e.ownerSVGElement === void 0, a = K(n);
	return {
		o: function(e, t) {
			a.value = e, r = t;
		},
		d: Y(function() {
			this.N = mt;
			var n = a.value.value;
			r[t] !== n && (r[t] = n, i ? e[t] = n : n != null && (!1 !== n || t[4] === "-") ? e.setAttribute(t, n) : e.removeAttribute(t));
		})
	};
}
Z("unmount", function(e, t) {
	if (typeof t.type == "string") {
		var n = t.__e;
		if (n) {
			var r = n.U;
			if (r) for (var i in n.U = void 0, r) {
				var a = r[i];
				a && a.d();
			}
		}
		var o = t.__np;
		if (o) {
			var s = t.props;
			for (var c in o) s[c] = o[c];
		}
		t.__np = void 0;
	} else {
		var l = t.__c;
		if (l) {
			l.__$f |= 8;
			var u = l.__$u;
			u && (l.__$u = void 0, u.d());
		}
	}
	e(t);
}), Z("__h", function(e, t, n, r) {
	r < 3 && (t.__$f |= 2), e(t, n, r);
}), y.prototype.shouldComponentUpdate = function(e, t) {
	if (this.__R) return !0;
	var n = this.__$u, r = n && n.s !== void 0;
	for (var i in t) return !0;
	if (this.__f || typeof this.u == "boolean" && !0 === this.u) {
		var a = 2 & this.__$f;
		if (!(r || a || 4 & this.__$f) || 1 & this.__$f) return !0;
	} else if (!(r || 4 & this.__$f) || 3 & this.__$f) return !0;
	for (var o in e) if (o !== "__source" && e[o] !== this.props[o]) return !0;
	for (var s in this.props) if (!(s in e)) return !0;
	return !1;
};
function $(e, t) {
	return x(function() {
		return K(e, t);
	}, []);
}
var ft = function(e) {
	queueMicrotask(function() {
		queueMicrotask(e);
	});
};
function pt() {
	Ye(function() {
		for (var e; e = lt.shift();) st.call(e);
	});
}
function mt() {
	lt.push(this) === 1 && (w.requestAnimationFrame || ft)(pt);
}
// src/shells/webview/no-extension.ts
var ht = {
	runtime: {
		getManifest: () => ({ version: "0.1.0" }),
		sendMessage: () => Promise.resolve(void 0)
	},
	devtools: void 0,
	i18n: void 0
}, gt = (e) => e.state === "error" || e.state === "warning", _t = {
	errorsOnly: !1,
	product: "all",
	text: "",
	regex: !1
};
function vt(e, t) {
	var n, r;
	let i = [
		String((n = e.errcode) == null ? "" : n),
		e.path,
		e.host,
		e.method,
		(r = e.errmsg) == null ? "" : r
	];
	if (t) {
		let n = E(t, e.platform, e.path);
		if (n && i.push(n.zh, n.en), e.errcode !== null) {
			let n = D(t, e.platform, e.errcode, e.path).meaning;
			n && i.push(n.zh, n.en);
		}
	}
	return i.join("\n");
}
function yt(e, t) {
	let n = null, r = !1, i = e.text.trim();
	if (i) {
		if (e.regex) try {
			let e = new RegExp(i, "im");
			n = (t) => e.test(t);
		} catch {
			r = !0, n = () => !1;
		}
		else {
			let e = i.toLowerCase();
			n = (t) => t.toLowerCase().includes(e);
		}
	}
	let a = /* @__PURE__ */ new WeakMap(), o = (e) => {
		let n = a.get(e);
		return n === void 0 && a.set(e, n = vt(e, t)), n;
	};
	return {
		match: (r) => e.errorsOnly && !gt(r) || e.product !== "all" && (t ? re(t, r.platform, r.path) : r.platform) !== e.product ? !1 : n === null || n(o(r)),
		invalidRegex: r
	};
}
function bt(e, t, n) {
	let r = e.length, i = t < 0 || t >= r ? n === 1 ? -1 : r : t;
	for (let t = 1; t <= r; t++) {
		let a = ((i + n * t) % r + r) % r;
		if (gt(e[a])) return a;
	}
	return -1;
}
// src/view/call-label.ts
function xt(e, t, n, r) {
	if (e.state === "no-body") return {
		text: n.noBody,
		title: n.noBodyTitle
	};
	if (e.errcode !== null && e.errcode !== 0) {
		if (!t) return { text: n.loadingMeaning };
		let i = D(t, e.platform, e.errcode, e.path);
		return i.meaning ? {
			text: i.meaning[r],
			title: i.meaning[r === "zh" ? "en" : "zh"]
		} : { text: n.unknownCode(e.errcode) };
	}
	return e.state === "warning" && (e.itemFailures.length > 0 || e.partialFailures.length > 0) ? {
		text: n.partialFailure(e.itemFailures.length + e.partialFailures.length),
		title: n.partialTitle
	} : e.state === "error" ? { text: n.httpError(e.status) } : e.body.kind === "empty" ? { text: n.emptyBody } : e.body.kind === "text" && e.platform !== "pay" ? {
		text: n.notJson,
		title: n.notJsonAnswer
	} : e.body.kind === "binary" ? { text: n.binaryBody(e.body.bytes, e.body.sniffed) } : { text: n.ok };
}
var St = class extends y {
	shouldComponentUpdate(e) {
		let t = this.props;
		return Object.keys(e).some((n) => e[n] !== t[n]);
	}
	render({ call: e, index: t, selected: n, knowledge: r, t: i, lang: a }) {
		var o, s, c;
		let l = xt(e, r, i, a), u = C(e.url), d = r ? E(r, e.platform, e.path) : null, f = r ? re(r, e.platform, e.path) : null;
		return /* @__PURE__ */ T("div", {
			class: `row state-${e.state}${n ? " selected" : ""}`,
			role: "row",
			"aria-rowindex": t + 2,
			"aria-selected": n,
			"data-index": t,
			"data-errcode": (o = e.errcode) == null ? "" : o,
			"data-state": e.state,
			"data-platform": e.platform,
			"data-leak": e.leakedSecrets.length > 0 ? "true" : void 0,
			"data-source": e.relay ? "relayed" : void 0,
			style: { top: `${t * 22}px` },
			children: [
				/* @__PURE__ */ T("span", {
					role: "gridcell",
					class: "c-time",
					children: m(e.startedDateTime)
				}),
				/* @__PURE__ */ T("span", {
					role: "gridcell",
					class: "c-method",
					children: e.method
				}),
				/* @__PURE__ */ T("span", {
					role: "gridcell",
					class: "c-name",
					title: d ? d[a === "zh" ? "en" : "zh"] : void 0,
					children: [
						e.relay && /* @__PURE__ */ T("span", {
							class: "badge relayed",
							title: i.relayedTitle(u),
							children: i.relayedBadge
						}),
						f && /* @__PURE__ */ T("span", {
							class: `badge product-${f}`,
							"data-product": f,
							children: i.productNames[f]
						}),
						" ",
						d ? d[a] : "",
						e.leakedSecrets.length > 0 && /* @__PURE__ */ T("span", {
							class: "badge leak",
							title: i.leakTitle(e.leakedSecrets.join(", ")),
							children: i.leakBadge
						}),
						e.importedFrom && /* @__PURE__ */ T("span", {
							class: "badge imported",
							title: e.importedFrom,
							children: i.importedTag
						})
					]
				}),
				/* @__PURE__ */ T("span", {
					role: "gridcell",
					class: "c-endpoint",
					title: u,
					children: [/* @__PURE__ */ T("span", {
						class: "host",
						children: e.host
					}), e.path]
				}),
				/* @__PURE__ */ T("span", {
					role: "gridcell",
					class: "c-status",
					children: e.status || "—"
				}),
				/* @__PURE__ */ T("span", {
					role: "gridcell",
					class: "c-errcode",
					title: (s = e.errmsg) == null ? void 0 : s,
					children: (c = e.errcode) == null ? "" : c
				}),
				/* @__PURE__ */ T("span", {
					role: "gridcell",
					class: "c-meaning",
					title: l.title,
					children: l.text
				}),
				/* @__PURE__ */ T("span", {
					role: "gridcell",
					class: "c-duration",
					children: p(e.time)
				})
			]
		});
	}
}, Ct = 10;
function wt({ calls: e, version: t, knowledge: n, t: r, lang: i, selectedId: a, onSelect: o }) {
	let s = te(null), [c, l] = g({
		top: 0,
		stuck: !0
	}), [u, d] = g(400);
	h(() => {
		let e = s.current;
		if (!e) return;
		let t = new ResizeObserver(() => d(e.clientHeight));
		return t.observe(e), () => t.disconnect();
	}, []);
	let f = Math.max(0, e.length * 22 - u);
	ee(() => {
		let e = s.current;
		e && c.stuck && (e.scrollTop = f);
	}, [t]);
	let p = () => {
		let e = s.current;
		if (!e) return;
		let t = e.scrollTop, n = t >= e.scrollHeight - e.clientHeight - 22;
		c.stuck && n || l({
			top: t,
			stuck: n
		});
	}, m = (t) => {
		let n = t.target instanceof Element ? t.target.closest(".row[data-index]") : null, r = n ? e[Number(n.dataset.index)] : void 0;
		r && o(r.id);
	}, _ = a === null ? -1 : e.findIndex((e) => e.id === a), v = (t) => {
		let n = {
			ArrowDown: 1,
			ArrowUp: -1,
			PageDown: 10,
			PageUp: -10
		}[t.key];
		if (n !== void 0 && e.length > 0) {
			t.preventDefault();
			let r = Math.min(e.length - 1, Math.max(0, (_ < 0 ? n > 0 ? -1 : e.length : _) + n));
			o(e[r].id);
			let i = s.current;
			if (i) {
				let e = r * 22;
				e < i.scrollTop ? i.scrollTop = e : e + 22 > i.scrollTop + i.clientHeight && (i.scrollTop = e + 22 - i.clientHeight);
			}
		} else t.key === "Escape" && o(null);
	}, y = c.stuck ? f : c.top, b = Math.ceil(u / 22) + 20 + 2, x = Math.max(0, Math.min(e.length - b, Math.floor(y / 22) - Ct)), S = Math.min(e.length, x + b), C = [];
	for (let t = x; t < S; t++) C.push(/* @__PURE__ */ T(St, {
		call: e[t],
		index: t,
		selected: t === _,
		knowledge: n,
		t: r,
		lang: i
	}, t % b));
	return /* @__PURE__ */ T("div", {
		class: "grid",
		role: "grid",
		"aria-label": r.title,
		"aria-rowcount": e.length + 1,
		tabIndex: 0,
		onKeyDown: v,
		children: [/* @__PURE__ */ T("div", {
			class: "row header",
			role: "row",
			"aria-rowindex": 1,
			children: [
				/* @__PURE__ */ T("span", {
					role: "columnheader",
					class: "c-time",
					children: r.colTime
				}),
				/* @__PURE__ */ T("span", {
					role: "columnheader",
					class: "c-method",
					children: r.colMethod
				}),
				/* @__PURE__ */ T("span", {
					role: "columnheader",
					class: "c-name",
					children: r.colName
				}),
				/* @__PURE__ */ T("span", {
					role: "columnheader",
					class: "c-endpoint",
					children: r.colPath
				}),
				/* @__PURE__ */ T("span", {
					role: "columnheader",
					class: "c-status",
					children: r.colStatus
				}),
				/* @__PURE__ */ T("span", {
					role: "columnheader",
					class: "c-errcode",
					children: r.colErrcode
				}),
				/* @__PURE__ */ T("span", {
					role: "columnheader",
					class: "c-meaning",
					children: r.colMeaning
				}),
				/* @__PURE__ */ T("span", {
					role: "columnheader",
					class: "c-duration",
					children: r.colDuration
				})
			]
		}), /* @__PURE__ */ T("div", {
			class: "viewport",
			ref: s,
			onScroll: p,
			children: /* @__PURE__ */ T("div", {
				class: "spacer",
				style: { height: `${e.length * 22}px` },
				onClick: m,
				children: C
			})
		})]
	});
}
// src/view/i18n/messages.ts
var Tt = {
	en: {
		title: "WeChat API Inspector",
		clear: "Clear",
		clearTitle: "Clear the captured calls",
		preserveLog: "Preserve log",
		preserveLogTitle: "Keep calls when the page navigates",
		calls: (e) => `${e} WeChat call${e === 1 ? "" : "s"}`,
		failures: (e) => `${e} failed`,
		colTime: "Time",
		colMethod: "Method",
		colEndpoint: "Endpoint",
		colStatus: "Status",
		colErrcode: "errcode",
		colMeaning: "Meaning",
		colDuration: "Duration",
		ok: "OK",
		loadingMeaning: "Loading meanings…",
		unknownCode: (e) => `Code ${e} is not in the knowledge base`,
		noBody: "Body unavailable",
		noBodyTitle: "The browser kept no response body (a cross-origin call without CORS, a cached answer or a 204). WeChat server APIs belong on your server: calls from the page are usually blocked by CORS.",
		emptyBody: "Empty body",
		notJson: "Not JSON",
		httpError: (e) => `HTTP ${e}`,
		emptyTitle: "Waiting for WeChat API calls",
		emptyWatches: "This panel watches the inspected page for calls to api.weixin.qq.com (and api2., sh., sz., hk.) and qyapi.weixin.qq.com, decodes each errcode and explains failures.",
		emptyHint: "Calls made while DevTools is open are captured even before this panel is shown. Reload the page to capture its calls from the start.",
		emptyFirefox: "Firefox hands requests to extensions only after its own Network panel has been opened once in this DevTools window: open Network, then come back here and reload the page.",
		backfillFailed: "Could not read the requests made before DevTools was ready; new calls are captured normally.",
		language: "Language",
		dropped: (e) => `${e} oldest calls dropped (log is full)`,
		partialFailure: (e) => `Partial failure: ${e} item${e === 1 ? "" : "s"} failed`,
		partialTitle: "WeChat answered errcode 0, but part of the batch failed",
		itemFailures: "Failed items",
		partialFields: "Partial-failure fields",
		binaryBody: (e, t) => `Binary body, ${e.toLocaleString("en")} bytes${t ? ` (${t})` : ""}: a file, as on success`,
		fromHeaders: "The body could not be read; the code comes from the Error-Code / Error-Msg response headers.",
		invalidUtf8: "The body is not valid UTF-8; unreadable bytes are shown as �.",
		truncatedBody: (e) => `Body of ${e.toLocaleString("en")} characters; only the first part is kept`,
		payDetail: "detail",
		requestIdCode: "code in Request-ID",
		notJsonAnswer: "The answer is not JSON (an HTML page from a proxy or gateway?)",
		productNames: {
			mp: "Official Account",
			miniprogram: "Mini Program",
			open: "Open Platform",
			channels: "Channels",
			common: "Shared",
			wecom: "WeCom",
			pay: "WeChat Pay"
		},
		filterPlaceholder: "Filter: code, path, name, meaning",
		filterLabel: "Filter calls",
		regex: "Regex",
		regexTitle: "Treat the filter as a regular expression",
		invalidRegex: "Invalid regular expression",
		errorsOnly: "Errors only",
		allProducts: "All products",
		productFilter: "Product",
		prevFailure: "Previous failing call ([)",
		nextFailure: "Next failing call (])",
		shown: (e, t) => `${e} of ${t} shown`,
		importHar: "Import HAR",
		importHarTitle: "Open a saved HAR file (or drop it here) and decode its WeChat calls offline",
		exportHar: "Export HAR",
		exportHarTitle: "Save the shown calls as a HAR file, secrets masked",
		imported: (e, t, n) => `Imported ${e} WeChat call${e === 1 ? "" : "s"} from ${t}${n ? ` (${n} other entries skipped)` : ""}`,
		importErrors: {
			"not-json": "That file is not JSON.",
			"not-har": "That file is not a HAR file (no log.entries).",
			"too-large": "That file is larger than 100 MB; use the command line: wechat-api-inspector report FILE.har"
		},
		dropHere: "Drop a HAR file to decode it",
		reveal: "Reveal secrets",
		revealTitle: "Show access_token, secrets, codes and tickets unmasked in this panel and in copies (not remembered)",
		revealOn: "Secrets are shown unmasked",
		lookupPlaceholder: "Look up a code",
		lookupLabel: "Look up an error code on every platform",
		lookupNone: "Not a known code on any platform",
		platformNames: {
			weixin: "WeChat (api.weixin.qq.com)",
			wecom: "WeCom (qyapi.weixin.qq.com)",
			pay: "WeChat Pay"
		},
		tabDiagnosis: "Diagnosis",
		tabRequest: "Request",
		tabResponse: "Response",
		tabHeaders: "Headers",
		tabTiming: "Timing",
		copyBugReport: "Copy as bug report",
		copyCurl: "Copy as cURL",
		copyFetch: "Copy as fetch",
		copyJson: "Copy JSON",
		queryParams: "Query parameters",
		requestBody: "Request body",
		requestHeaders: "Request headers",
		responseHeaders: "Response headers",
		noHeaders: "No headers",
		tree: "Tree",
		raw: "Raw",
		searchBody: "Search the response",
		matches: (e) => `${e} match${e === 1 ? "" : "es"}`,
		started: "Started",
		duration: "Duration",
		phases: {
			blocked: "Queued / blocked",
			dns: "DNS lookup",
			connect: "Connecting",
			ssl: "TLS",
			send: "Request sent",
			wait: "Waiting for the server",
			receive: "Downloading"
		},
		noTimings: "The browser gave no phase timings for this call.",
		noBodyShort: "No body",
		leakBadge: "secret leaked",
		leakTitle: (e) => `The page sent ${e}: a server secret is now visible to everyone who loads this page. Rotate it and move the call to your server.`,
		relayedHint: "Also listed, marked \"relayed\": answers of your own backend that carry a WeChat-looking {errcode, errmsg}, and WeChat API paths (/cgi-bin/, /sns/, …) proxied on localhost or a private-network host. For a backend that wraps the code elsewhere, add a rule in the options.",
		relayedBadge: "relayed",
		relayedTitle: (e) => `Not a call to WeChat: WeChat's answer relayed by ${e}`,
		relayedBy: {
			auto: "detected from the answer",
			"path-rule": "WeChat API path on a development host",
			"user-rule": "your rule"
		},
		relayedSource: "Relayed by",
		relayedHow: "Recognised as",
		relayedAt: "Code found at",
		relayedTop: "top level",
		relayedSignals: "Why it looks like WeChat",
		signalNames: {
			rid: "rid request id",
			hint: "hint: [..] request id",
			"hints-req-id": "hints: [ req_id ]",
			"wecom-more-info": "WeCom \"more info\" link",
			"wecom-domain": "names work.weixin.qq.com",
			"weixin-doc": "WeChat docs link",
			phrase: "WeChat errmsg wording",
			"code-range": "code in a WeChat range"
		},
		addRule: "Add a rule from this call",
		addRuleTitle: "Open the options with a rule for this URL prefilled",
		openOptions: "Rules…",
		openOptionsTitle: "Relayed errors: auto-detection, path rules and your own rules",
		optionsTitle: "WeChat API Inspector: relayed errors and rules",
		optionsIntro: "The panel lists calls to the WeChat hosts, and also WeChat errors that pass through your own backend or a dev-server proxy. Decide here how it finds them.",
		autoDetect: "Auto-detect relayed errors",
		autoDetectHelp: "Read small JSON answers of the inspected page and list those holding a WeChat-looking {errcode, errmsg}: a rid request id or WeCom link in the errmsg, or a WeChat code range together with WeChat's errmsg wording.",
		pathEverywhere: "Path rules on every host",
		pathEverywhereHelp: "WeChat API paths are recognised on localhost, 127.0.0.1 and private-network hosts; with this on, on every host (a gateway that forwards /cgi-bin/ to WeChat).",
		defaultPrefixes: "WeChat API paths",
		rules: "Your rules",
		noRules: "No rules yet. Add one, or use \"Add a rule from this call\" in the panel.",
		addRuleButton: "Add rule",
		ruleEnabled: "On",
		hostGlob: "Host",
		hostGlobHelp: "e.g. admin.example.com, *.example.com, localhost:3000",
		pathMatch: "Path",
		pathPrefix: "starts with",
		pathRegex: "matches regex",
		platform: "Platform",
		platformAuto: "Guess",
		errcodePath: "errcode at",
		errmsgPath: "errmsg at",
		deleteRule: "Delete",
		save: "Save",
		saved: "Saved.",
		saveFailed: (e) => `Could not save: ${e}`,
		invalidField: "Invalid",
		invalidRules: "Fix the fields marked invalid first.",
		testUrl: "Test a URL",
		testUrlPlaceholder: "https://admin.example.com/api/wx/send",
		testBody: "Response body (optional)",
		testNone: "Not a WeChat call: only auto-detection would look at its answer (if it is JSON).",
		testWeChatHost: "A WeChat host: always captured.",
		testRule: (e) => `Rule ${e} applies.`,
		testPath: (e, t) => `WeChat API path ${e} (${t}).`,
		testAuto: "Auto-detection reads this answer if it is JSON.",
		testFound: (e, t) => `errcode ${e}, errmsg "${t}"`,
		testNotFound: "No errcode found where the rule says.",
		testNotWeChat: "Has an errcode, but it does not look like WeChat's: not listed.",
		draftAdded: "A rule drafted from a call was added below: check it and save.",
		readOnly: "These rules were saved by a newer version of the extension; they are not shown and will not be overwritten.",
		migrated: (e) => `Rules saved by an older version (format ${e}) were updated; save to keep the new format.`,
		droppedRules: (e) => `${e} stored rule${e === 1 ? " was" : "s were"} invalid and left out.`,
		importedTag: "HAR",
		colName: "Name",
		colPath: "Path",
		details: "Details",
		closeDetails: "Close details (Esc)",
		meaning: "Meaning",
		causes: "Common causes",
		fixes: "How to fix",
		noHints: "No fix steps recorded for this code yet; see the official documentation.",
		docs: "Official documentation",
		wecomQuery: "WeCom error-code lookup",
		legacy: "Legacy code: found only in older lists",
		whyThisMeaning: "Why this meaning",
		errmsg: "errmsg",
		rid: "rid",
		ridTime: "call time (from rid)",
		hint: "hint",
		clientIp: "caller IP",
		moreInfo: "more info",
		jsonWarning: "WeChat could not parse your request body as JSON (\"Warning: wrong json format.\"): check the body you send.",
		copy: "Copy",
		copied: "Copied",
		request: "Request",
		response: "Response",
		unknownIp: "your server's public egress IP",
		truncatedView: (e, t) => `Showing the first ${e.toLocaleString("en")} of ${t.toLocaleString("en")} characters`,
		bodyMissingDetail: "The browser kept no body for this call. A call from the page to the WeChat API without CORS headers is blocked: the page cannot read it and neither can DevTools. WeChat server APIs are meant to be called from your server; to see errors relayed by your own backend, look at its responses.",
		viewNetwork: (e) => `Network calls (${e})`,
		viewJssdk: (e, t) => `JS-SDK (${e}${t > 0 ? `, ${t} failed` : ""})`,
		jssdkSwitch: (e) => `Capture JS-SDK calls on ${e}`,
		jssdkNoSite: "Capture JS-SDK calls (waiting for the inspected page’s address)",
		jssdkExplain: "When switched on for this site (remembered per site), a small hook is placed in the page that records wx.config, wx.ready, wx.error, wx.agentConfig and the results of wx.* calls. Nothing leaves the browser.",
		jssdkReload: "Reload page with hook",
		jssdkReloadTitle: "Reload the page with the hook in place before its scripts run, to catch a wx.config made during loading",
		jssdkEmptyOff: "JS-SDK failures (invalid signature, invalid url domain, permission denied…) never show on the network. Switch capture on above, then use the page.",
		jssdkEmptyOn: "Hooked. Waiting for wx.config, wx.agentConfig or wx.* calls. If the page called wx.config while loading, use “Reload page with hook”.",
		colApi: "API",
		colResult: "Result",
		jssdkPending: "no answer yet",
		jssdkUnknown: "This errMsg is not in the catalogue",
		jssdkArgs: "Arguments (masked)",
		jssdkResultRaw: "Result object",
		jssdkPageUrl: "Page URL at the call",
		doctorTitle: "Signature doctor",
		doctorSignedUrl: "URL that must be signed (page URL without #)",
		doctorMissing: (e) => `Missing in the call: ${e}`,
		doctorChanged: (e) => `The page URL changed after the call (history routing in a single-page app?): now ${e}. Sign the URL the page has when wx.config runs, and call wx.config again after each route change (iOS keeps verifying the entry URL).`,
		doctorReported: (e) => `WeChat reports it verified another URL: ${e}`,
		doctorEntryUrl: (e) => `This page ran wx.config earlier at ${e}: a single-page app changed its URL with history routing. iOS WeChat keeps verifying the URL the page was entered with, so sign that URL on iOS (or reload the page on route changes).`,
		doctorTicket: "jsapi_ticket to check with (stays in this panel)",
		doctorTicketPlaceholder: "paste the jsapi_ticket your server signed with",
		doctorString: "String signed",
		doctorExpected: "Expected signature",
		doctorGiven: "Signature the page passed",
		doctorMatch: "Signatures match: the signature is right for this ticket; check the AppID / CorpID, the ticket type and the safe domain.",
		doctorMismatch: "Signatures differ: the server signed other values (URL, nonceStr, timestamp or ticket) than the page passed.",
		doctorNoParams: "The call carries no nonceStr or timestamp to check.",
		ticketCalls: "Ticket calls seen on the network",
		ticketNone: "No ticket call seen in this log (it is usually made by your server, where it belongs)."
	},
	zh: {
		title: "微信接口检查器",
		clear: "清空",
		clearTitle: "清空已捕获的调用",
		preserveLog: "保留日志",
		preserveLogTitle: "页面跳转时保留调用记录",
		calls: (e) => `${e} 个微信接口调用`,
		failures: (e) => `${e} 个失败`,
		colTime: "时间",
		colMethod: "方法",
		colEndpoint: "接口",
		colStatus: "状态",
		colErrcode: "errcode",
		colMeaning: "含义",
		colDuration: "耗时",
		ok: "成功",
		loadingMeaning: "正在加载错误码含义…",
		unknownCode: (e) => `知识库中没有错误码 ${e}`,
		noBody: "响应体不可用",
		noBodyTitle: "浏览器没有保留响应体（未开启 CORS 的跨域调用、缓存的响应或 204）。微信服务端接口应由你的服务器调用：从网页直接调用通常会被 CORS 拦截。",
		emptyBody: "响应体为空",
		notJson: "非 JSON",
		httpError: (e) => `HTTP ${e}`,
		emptyTitle: "等待微信接口调用",
		emptyWatches: "本面板监视被检查页面对 api.weixin.qq.com（以及 api2.、sh.、sz.、hk.）和 qyapi.weixin.qq.com 的调用，解析每个 errcode 并解释失败原因。",
		emptyHint: "DevTools 打开期间发生的调用都会被捕获，即使还没打开本面板。刷新页面即可从头捕获。",
		emptyFirefox: "Firefox 只有在本 DevTools 窗口中打开过一次它自己的“网络”面板之后，才会把请求交给扩展：请先打开“网络”面板，再回到这里刷新页面。",
		backfillFailed: "无法读取 DevTools 就绪前的请求；新的调用会正常捕获。",
		language: "语言",
		dropped: (e) => `已丢弃最早的 ${e} 个调用（日志已满）`,
		partialFailure: (e) => `部分失败：${e} 项失败`,
		partialTitle: "微信返回 errcode 0，但批量操作中有部分失败",
		itemFailures: "失败的项目",
		partialFields: "部分失败字段",
		binaryBody: (e, t) => `二进制响应体，${e.toLocaleString("zh")} 字节${t ? `（${t}）` : ""}：成功时返回的文件`,
		fromHeaders: "响应体无法读取；错误码取自响应头 Error-Code / Error-Msg。",
		invalidUtf8: "响应体不是合法的 UTF-8；无法解码的字节显示为 �。",
		truncatedBody: (e) => `响应体共 ${e.toLocaleString("zh")} 个字符，仅保留前一部分`,
		payDetail: "detail",
		requestIdCode: "Request-ID 中的错误码",
		notJsonAnswer: "响应不是 JSON（可能是代理或网关返回的 HTML 页面）",
		productNames: {
			mp: "公众号",
			miniprogram: "小程序",
			open: "开放平台",
			channels: "视频号",
			common: "通用",
			wecom: "企业微信",
			pay: "微信支付"
		},
		filterPlaceholder: "过滤：错误码、路径、名称、含义",
		filterLabel: "过滤调用",
		regex: "正则",
		regexTitle: "把过滤文本当作正则表达式",
		invalidRegex: "正则表达式无效",
		errorsOnly: "仅错误",
		allProducts: "全部产品",
		productFilter: "产品",
		prevFailure: "上一个失败的调用（[）",
		nextFailure: "下一个失败的调用（]）",
		shown: (e, t) => `显示 ${e} / ${t}`,
		importHar: "导入 HAR",
		importHarTitle: "打开保存的 HAR 文件（或拖放到这里），离线解析其中的微信接口调用",
		exportHar: "导出 HAR",
		exportHarTitle: "把当前显示的调用保存为 HAR 文件（密钥已遮盖）",
		imported: (e, t, n) => `已从 ${t} 导入 ${e} 个微信接口调用${n ? `（跳过其他 ${n} 条）` : ""}`,
		importErrors: {
			"not-json": "该文件不是 JSON。",
			"not-har": "该文件不是 HAR 文件（没有 log.entries）。",
			"too-large": "文件超过 100 MB；请用命令行：wechat-api-inspector report FILE.har"
		},
		dropHere: "拖放 HAR 文件以解析",
		reveal: "显示密钥",
		revealTitle: "在本面板和复制内容中显示未遮盖的 access_token、secret、code 和 ticket（不会被记住）",
		revealOn: "密钥正以明文显示",
		lookupPlaceholder: "查询错误码",
		lookupLabel: "在所有平台查询错误码",
		lookupNone: "所有平台都没有这个错误码",
		platformNames: {
			weixin: "微信（api.weixin.qq.com）",
			wecom: "企业微信（qyapi.weixin.qq.com）",
			pay: "微信支付"
		},
		tabDiagnosis: "诊断",
		tabRequest: "请求",
		tabResponse: "响应",
		tabHeaders: "标头",
		tabTiming: "时间",
		copyBugReport: "复制为问题报告",
		copyCurl: "复制为 cURL",
		copyFetch: "复制为 fetch",
		copyJson: "复制 JSON",
		queryParams: "查询参数",
		requestBody: "请求体",
		requestHeaders: "请求标头",
		responseHeaders: "响应标头",
		noHeaders: "无标头",
		tree: "树形",
		raw: "原始",
		searchBody: "搜索响应",
		matches: (e) => `${e} 处匹配`,
		started: "开始时间",
		duration: "耗时",
		phases: {
			blocked: "排队 / 阻塞",
			dns: "DNS 查询",
			connect: "建立连接",
			ssl: "TLS",
			send: "发送请求",
			wait: "等待服务器",
			receive: "下载内容"
		},
		noTimings: "浏览器没有提供这次调用的分阶段耗时。",
		noBodyShort: "无响应体",
		leakBadge: "密钥泄露",
		leakTitle: (e) => `页面发送了 ${e}：服务端密钥已暴露给所有访问此页面的人。请立即重置，并把该调用移到服务器端。`,
		relayedHint: "同时列出并标为“转发”的：你自己后端返回的、带有像微信的 {errcode, errmsg} 的响应，以及在 localhost 或内网主机上代理的微信接口路径（/cgi-bin/、/sns/ 等）。如果后端把错误码包在别处，请在选项中添加规则。",
		relayedBadge: "转发",
		relayedTitle: (e) => `不是对微信的调用：由 ${e} 转发的微信响应`,
		relayedBy: {
			auto: "从响应内容识别",
			"path-rule": "开发主机上的微信接口路径",
			"user-rule": "你的规则"
		},
		relayedSource: "转发来源",
		relayedHow: "识别方式",
		relayedAt: "错误码位置",
		relayedTop: "顶层",
		relayedSignals: "判定为微信错误的依据",
		signalNames: {
			rid: "rid 请求 ID",
			hint: "hint: [..] 请求 ID",
			"hints-req-id": "hints: [ req_id ]",
			"wecom-more-info": "企业微信“more info”链接",
			"wecom-domain": "提到 work.weixin.qq.com",
			"weixin-doc": "微信文档链接",
			phrase: "微信 errmsg 用语",
			"code-range": "错误码在微信的范围内"
		},
		addRule: "根据此调用添加规则",
		addRuleTitle: "打开选项页，预填此 URL 的规则",
		openOptions: "规则…",
		openOptionsTitle: "转发的错误：自动识别、路径规则和自定义规则",
		optionsTitle: "微信接口检查器：转发的错误与规则",
		optionsIntro: "面板会列出对微信域名的调用，也会列出经过你自己的后端或开发服务器代理的微信错误。在这里设置如何识别它们。",
		autoDetect: "自动识别转发的错误",
		autoDetectHelp: "读取被检查页面的小型 JSON 响应，列出其中带有像微信的 {errcode, errmsg} 的响应：errmsg 中有 rid 请求 ID 或企业微信链接，或错误码在微信的范围内且 errmsg 用语与微信一致。",
		pathEverywhere: "在所有主机上应用路径规则",
		pathEverywhereHelp: "默认只在 localhost、127.0.0.1 和内网主机上识别微信接口路径；开启后对所有主机生效（例如把 /cgi-bin/ 转发给微信的网关）。",
		defaultPrefixes: "微信接口路径",
		rules: "自定义规则",
		noRules: "还没有规则。可以添加一条，或在面板中使用“根据此调用添加规则”。",
		addRuleButton: "添加规则",
		ruleEnabled: "启用",
		hostGlob: "主机",
		hostGlobHelp: "例如 admin.example.com、*.example.com、localhost:3000",
		pathMatch: "路径",
		pathPrefix: "以此开头",
		pathRegex: "匹配正则",
		platform: "平台",
		platformAuto: "自动判断",
		errcodePath: "errcode 位置",
		errmsgPath: "errmsg 位置",
		deleteRule: "删除",
		save: "保存",
		saved: "已保存。",
		saveFailed: (e) => `保存失败：${e}`,
		invalidField: "无效",
		invalidRules: "请先修正标为无效的字段。",
		testUrl: "测试 URL",
		testUrlPlaceholder: "https://admin.example.com/api/wx/send",
		testBody: "响应体（可选）",
		testNone: "不是微信调用：只有自动识别会查看它的响应（如果是 JSON）。",
		testWeChatHost: "微信域名：始终捕获。",
		testRule: (e) => `适用规则 ${e}。`,
		testPath: (e, t) => `微信接口路径 ${e}（${t}）。`,
		testAuto: "如果响应是 JSON，自动识别会读取它。",
		testFound: (e, t) => `errcode ${e}，errmsg “${t}”`,
		testNotFound: "在规则指定的位置没有找到 errcode。",
		testNotWeChat: "有 errcode，但看起来不像微信的错误：不会列出。",
		draftAdded: "已在下方添加一条根据调用生成的规则草稿：请检查后保存。",
		readOnly: "这些规则由更新版本的扩展保存；不会显示，也不会被覆盖。",
		migrated: (e) => `已更新旧版本（格式 ${e}）保存的规则；保存后即以新格式存储。`,
		droppedRules: (e) => `有 ${e} 条已存储的规则无效，已忽略。`,
		importedTag: "HAR",
		colName: "名称",
		colPath: "路径",
		details: "详情",
		closeDetails: "关闭详情（Esc）",
		meaning: "含义",
		causes: "常见原因",
		fixes: "解决步骤",
		noHints: "该错误码暂无整理好的解决步骤，请参阅官方文档。",
		docs: "官方文档",
		wecomQuery: "企业微信错误码查询",
		legacy: "旧错误码：只见于较早的列表",
		whyThisMeaning: "为何采用此含义",
		errmsg: "errmsg",
		rid: "rid",
		ridTime: "调用时间（取自 rid）",
		hint: "hint",
		clientIp: "调用方 IP",
		moreInfo: "更多信息",
		jsonWarning: "微信无法把请求体解析为 JSON（“Warning: wrong json format.”）：请检查发送的请求体。",
		copy: "复制",
		copied: "已复制",
		request: "请求",
		response: "响应",
		unknownIp: "你的服务器公网出口 IP",
		truncatedView: (e, t) => `仅显示前 ${e.toLocaleString("zh")} 个字符（共 ${t.toLocaleString("zh")} 个）`,
		bodyMissingDetail: "浏览器没有保留这次调用的响应体。网页直接调用微信接口时没有 CORS 头，会被拦截：页面读不到，DevTools 也读不到。微信服务端接口应由你的服务器调用；要查看由你自己的后端转发的错误，请查看后端的响应。",
		viewNetwork: (e) => `网络调用（${e}）`,
		viewJssdk: (e, t) => `JS-SDK（${e}${t > 0 ? `，${t} 个失败` : ""}）`,
		jssdkSwitch: (e) => `捕获 ${e} 上的 JS-SDK 调用`,
		jssdkNoSite: "捕获 JS-SDK 调用（等待获取被检查页面的地址）",
		jssdkExplain: "对本站开启后（按站点记住），会在页面中放入一个小钩子，记录 wx.config、wx.ready、wx.error、wx.agentConfig 以及 wx.* 调用的结果。任何数据都不会离开浏览器。",
		jssdkReload: "带钩子刷新页面",
		jssdkReloadTitle: "刷新页面，并在页面脚本运行之前放入钩子，以捕获加载过程中调用的 wx.config",
		jssdkEmptyOff: "JS-SDK 的失败（invalid signature、invalid url domain、permission denied 等）不会出现在网络请求里。请先在上方开启捕获，再操作页面。",
		jssdkEmptyOn: "已挂钩，等待 wx.config、wx.agentConfig 或 wx.* 调用。如果页面在加载时就调用了 wx.config，请点“带钩子刷新页面”。",
		colApi: "接口",
		colResult: "结果",
		jssdkPending: "尚无结果",
		jssdkUnknown: "目录中没有这条 errMsg",
		jssdkArgs: "参数（已打码）",
		jssdkResultRaw: "结果对象",
		jssdkPageUrl: "调用时的页面 URL",
		doctorTitle: "签名诊断",
		doctorSignedUrl: "应当签名的 URL（页面 URL，去掉 # 之后的部分）",
		doctorMissing: (e) => `调用中缺少：${e}`,
		doctorChanged: (e) => `调用之后页面 URL 变了（单页应用的 history 路由？）：现在是 ${e}。请对 wx.config 运行时页面的 URL 签名，并在每次路由变化后重新调用 wx.config（iOS 仍按进入时的 URL 校验）。`,
		doctorReported: (e) => `微信报告它校验的是另一个 URL：${e}`,
		doctorEntryUrl: (e) => `本页面之前在 ${e} 调用过 wx.config：单页应用用 history 路由改变了 URL。iOS 微信仍按进入页面时的 URL 校验，因此在 iOS 上应对该 URL 签名（或在路由变化时刷新页面）。`,
		doctorTicket: "用于核对的 jsapi_ticket（只留在本面板中）",
		doctorTicketPlaceholder: "粘贴服务器签名时使用的 jsapi_ticket",
		doctorString: "被签名的字符串",
		doctorExpected: "应得的签名",
		doctorGiven: "页面传入的签名",
		doctorMatch: "签名一致：对这个 ticket 来说签名是对的；请检查 AppID / CorpID、ticket 类型和安全域名。",
		doctorMismatch: "签名不一致：服务器签名用的值（URL、nonceStr、timestamp 或 ticket）与页面传入的不同。",
		doctorNoParams: "该调用没有可核对的 nonceStr 或 timestamp。",
		ticketCalls: "网络中看到的 ticket 调用",
		ticketNone: "本日志中没有看到获取 ticket 的调用（它通常由服务器发起，这也是正确的做法）。"
	}
};
// src/view/i18n/index.ts
function Et(e) {
	return e && /^zh\b/i.test(e) ? "zh" : "en";
}
function Dt(e) {
	return Tt[e];
}
// src/view/knowledge-loader.ts
var Ot = K(null);
function kt() {
	import("./chunks/_virtual_wechat-knowledge-BcCe11Hj.mjs").then((e) => {
		Ot.value = e.default;
	});
}
// src/decode/types.ts
var At = [
	"weixin",
	"wecom",
	"pay"
];
// src/view/LookupBox.tsx
function jt({ knowledge: e, t, lang: n }) {
	let [r, i] = g(""), a = r.trim(), o = /^-?\d{1,12}$/.test(a) || /^[A-Za-z][A-Za-z0-9_ ]*$/.test(a), s = e && o ? At.map((t) => D(e, t, /^-?\d+$/.test(a) ? Number(a) : a)).filter((e) => e.known) : [];
	return /* @__PURE__ */ T("div", {
		class: "lookup",
		children: [/* @__PURE__ */ T("input", {
			type: "search",
			class: "lookup-input",
			placeholder: t.lookupPlaceholder,
			"aria-label": t.lookupLabel,
			value: r,
			onInput: (e) => i(e.currentTarget.value),
			onKeyDown: (e) => e.key === "Escape" && i("")
		}), a !== "" && e && /* @__PURE__ */ T("div", {
			class: "lookup-results",
			role: "region",
			"aria-live": "polite",
			"aria-label": t.lookupLabel,
			children: s.length === 0 ? /* @__PURE__ */ T("p", { children: t.lookupNone }) : s.map((e) => {
				var r, i;
				return /* @__PURE__ */ T("div", {
					class: "lookup-result",
					"data-platform": e.platform,
					children: [
						/* @__PURE__ */ T("b", { children: t.platformNames[e.platform] }),
						" ",
						e.code,
						": ",
						(r = e.meaning) == null ? void 0 : r[n],
						e.legacy && /* @__PURE__ */ T("span", {
							class: "muted",
							children: [
								" (",
								t.legacy,
								")"
							]
						}),
						e.fixes && /* @__PURE__ */ T("ol", { children: e.fixes[n].map((e) => /* @__PURE__ */ T("li", { children: e.replaceAll("{clientIp}", t.unknownIp) })) }),
						/* @__PURE__ */ T("a", {
							href: (i = e.queryUrl) == null ? e.docUrl : i,
							target: "_blank",
							rel: "noreferrer noopener",
							children: e.queryUrl ? t.wecomQuery : t.docs
						})
					]
				});
			})
		})]
	});
}
// src/view/Toolbar.tsx
var Mt = [
	"mp",
	"miniprogram",
	"open",
	"channels",
	"common",
	"wecom",
	"pay"
];
function Nt({ t: e, lang: t, preserveLog: n, reveal: r, onClear: i, onPreserveLog: a, onImport: o, onExport: s, children: c }) {
	return /* @__PURE__ */ T("div", {
		class: "toolbar",
		role: "toolbar",
		"aria-label": e.title,
		children: [
			/* @__PURE__ */ T("button", {
				type: "button",
				class: "clear",
				title: e.clearTitle,
				"aria-label": e.clearTitle,
				onClick: i,
				children: e.clear
			}),
			/* @__PURE__ */ T("label", {
				title: e.preserveLogTitle,
				children: [/* @__PURE__ */ T("input", {
					type: "checkbox",
					class: "preserve-log",
					checked: n,
					onChange: (e) => a(e.currentTarget.checked)
				}), e.preserveLog]
			}),
			/* @__PURE__ */ T("span", { class: "divider" }),
			/* @__PURE__ */ T("label", {
				class: "file-button",
				title: e.importHarTitle,
				children: [e.importHar, /* @__PURE__ */ T("input", {
					type: "file",
					class: "import-har",
					accept: ".har,application/json",
					"aria-label": e.importHarTitle,
					onChange: (e) => {
						var t;
						let n = (t = e.currentTarget.files) == null ? void 0 : t[0];
						n && o(n), e.currentTarget.value = "";
					}
				})]
			}),
			/* @__PURE__ */ T("button", {
				type: "button",
				class: "export-har",
				title: e.exportHarTitle,
				onClick: s,
				children: e.exportHar
			}),
			/* @__PURE__ */ T("label", {
				class: r.value ? "reveal on" : "reveal",
				title: e.revealTitle,
				children: [/* @__PURE__ */ T("input", {
					type: "checkbox",
					class: "reveal-secrets",
					checked: r.value,
					onChange: (e) => r.value = e.currentTarget.checked
				}), e.reveal]
			}),
			/* @__PURE__ */ T("span", { class: "spring" }),
			c,
			/* @__PURE__ */ T("label", { children: [
				e.language,
				" ",
				/* @__PURE__ */ T("select", {
					class: "lang",
					value: t.value,
					onChange: (e) => t.value = e.currentTarget.value,
					children: [/* @__PURE__ */ T("option", {
						value: "zh",
						children: "中文"
					}), /* @__PURE__ */ T("option", {
						value: "en",
						children: "English"
					})]
				})
			] })
		]
	});
}
function Pt({ t: e, filter: t, invalidRegex: n, shown: r, total: i, failures: a, onStep: o, filterInput: s }) {
	let c = t.value, l = (e) => t.value = {
		...c,
		...e
	};
	return /* @__PURE__ */ T("div", {
		class: "toolbar filter-bar",
		role: "toolbar",
		"aria-label": e.filterLabel,
		children: [
			/* @__PURE__ */ T("input", {
				ref: s,
				type: "search",
				class: `filter-text${n ? " invalid" : ""}`,
				placeholder: e.filterPlaceholder,
				"aria-label": e.filterLabel,
				"aria-invalid": n,
				title: n ? e.invalidRegex : void 0,
				value: c.text,
				onInput: (e) => l({ text: e.currentTarget.value })
			}),
			/* @__PURE__ */ T("label", {
				title: e.regexTitle,
				children: [/* @__PURE__ */ T("input", {
					type: "checkbox",
					class: "filter-regex",
					checked: c.regex,
					onChange: (e) => l({ regex: e.currentTarget.checked })
				}), e.regex]
			}),
			/* @__PURE__ */ T("label", { children: [/* @__PURE__ */ T("input", {
				type: "checkbox",
				class: "errors-only",
				checked: c.errorsOnly,
				onChange: (e) => l({ errorsOnly: e.currentTarget.checked })
			}), e.errorsOnly] }),
			/* @__PURE__ */ T("select", {
				class: "product-filter",
				"aria-label": e.productFilter,
				value: c.product,
				onChange: (e) => l({ product: e.currentTarget.value }),
				children: [/* @__PURE__ */ T("option", {
					value: "all",
					children: e.allProducts
				}), Mt.map((t) => /* @__PURE__ */ T("option", {
					value: t,
					children: e.productNames[t]
				}))]
			}),
			/* @__PURE__ */ T("button", {
				type: "button",
				class: "prev-failure",
				"aria-label": e.prevFailure,
				title: e.prevFailure,
				onClick: () => o(-1),
				children: "▲"
			}),
			/* @__PURE__ */ T("button", {
				type: "button",
				class: "next-failure",
				"aria-label": e.nextFailure,
				title: e.nextFailure,
				onClick: () => o(1),
				children: "▼"
			}),
			/* @__PURE__ */ T("span", { class: "divider" }),
			/* @__PURE__ */ T("span", {
				class: "counts",
				"aria-live": "polite",
				children: [
					/* @__PURE__ */ T("span", {
						class: "count-calls",
						children: e.calls(i)
					}),
					a > 0 && /* @__PURE__ */ T("span", {
						class: "count-failures",
						children: e.failures(a)
					}),
					r !== i && /* @__PURE__ */ T("span", {
						class: "count-shown",
						children: e.shown(r, i)
					})
				]
			})
		]
	});
}
// src/view/App.tsx
function Ft(e, t) {
	let n = URL.createObjectURL(new Blob([t], { type: "application/json" })), r = document.createElement("a");
	r.href = n, r.download = e, r.click(), setTimeout(() => URL.revokeObjectURL(n), 1e4);
}
var It = typeof ht.runtime.getBrowserInfo == "function";
function Lt(e) {
	let t = e != null && e.relay ? r(e.relay.at) : null, n = e ? d(e.url, t == null ? [] : t, "auto") : null;
	ht.runtime.sendMessage({
		type: "open-options",
		draft: n
	}).catch(() => void 0);
}
var Rt = (e) => e instanceof HTMLInputElement || e instanceof HTMLSelectElement || e instanceof HTMLTextAreaElement;
function zt({ connection: e, lang: n }) {
	let r = Dt(n.value), i = e.version.value, a = e.store.calls, o = Ot.value, s = e.settings.value, c = $(_t), l = $(!1), u = $(null), d = $(null), f = $(!1), p = te(null), m = $("network"), g = $(null), _ = e.jssdk.value, v = _.calls.reduce((e, t) => t.state === "error" ? e + 1 : e, 0);
	h(() => {
		m.value === "jssdk" && !g.value && import("./chunks/JssdkView-D7UYyzyj.mjs").then((e) => g.value = e);
	}, [m.value]);
	let y = $(null), S = u.value !== null;
	h(() => {
		S && !y.value && import("./chunks/Details-7Y1r86n8.mjs").then((e) => y.value = e);
	}, [S]);
	let C = (t) => {
		let n = _.origin;
		if (n === null) return;
		let r = s.jssdkSites.filter((e) => e !== n);
		e.setSettings({
			...s,
			jssdkSites: t ? [...r, n] : r
		});
	}, { match: ee, invalidRegex: w } = x(() => yt(c.value, o), [c.value, o]), re = c.value === _t || !c.value.errorsOnly && c.value.product === "all" && c.value.text.trim() === "", E = x(() => re ? a : a.filter(ee), [
		i,
		ee,
		re
	]), D = x(() => a.reduce((e, t) => gt(t) ? e + 1 : e, 0), [i]), O = u.value === null ? void 0 : E.find((e) => e.id === u.value), k = (e) => {
		let t = u.peek(), n = t === null ? -1 : E.findIndex((e) => e.id === t), r = bt(E, n, e);
		r >= 0 && (u.value = E[r].id);
	}, ie = (n) => {
		Promise.all([n.text(), import("./chunks/har-file-lAdmK5Sk.mjs")]).then(([i, { fromHar: a }]) => {
			let o = a(i, n.name, {
				settings: t,
				rules: []
			});
			"error" in o ? d.value = r.importErrors[o.error] : (e.importCalls(o.calls), d.value = r.imported(o.calls.length, n.name, o.skipped));
		});
	};
	return h(() => {
		let e = (e) => {
			if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "f") {
				var t;
				e.preventDefault(), (t = p.current) == null || t.focus();
			} else Rt(e.target) || e.key !== "]" && e.key !== "[" || (e.preventDefault(), k(e.key === "]" ? 1 : -1));
		};
		return document.addEventListener("keydown", e), () => document.removeEventListener("keydown", e);
	}), /* @__PURE__ */ T("div", {
		class: `app${f.value ? " dragging" : ""}`,
		onDragOver: (e) => {
			var t;
			(t = e.dataTransfer) != null && t.types.includes("Files") && (e.preventDefault(), f.value = !0);
		},
		onDragLeave: () => f.value = !1,
		onDrop: (e) => {
			var t;
			e.preventDefault(), f.value = !1;
			let n = (t = e.dataTransfer) == null ? void 0 : t.files[0];
			n && ie(n);
		},
		children: [
			/* @__PURE__ */ T("div", {
				class: "view-tabs",
				role: "tablist",
				children: [/* @__PURE__ */ T("button", {
					type: "button",
					role: "tab",
					class: "view-tab view-network",
					"aria-selected": m.value === "network",
					onClick: () => m.value = "network",
					children: r.viewNetwork(a.length)
				}), /* @__PURE__ */ T("button", {
					type: "button",
					role: "tab",
					class: `view-tab view-jssdk${v > 0 ? " has-errors" : ""}`,
					"aria-selected": m.value === "jssdk",
					onClick: () => m.value = "jssdk",
					children: r.viewJssdk(_.calls.length, v)
				})]
			}),
			/* @__PURE__ */ T(Nt, {
				t: r,
				lang: n,
				preserveLog: s.preserveLog,
				reveal: l,
				onClear: () => e.clear(),
				onPreserveLog: (t) => e.setSettings({
					...s,
					preserveLog: t
				}),
				onImport: ie,
				onExport: () => {
					let e = (/* @__PURE__ */ new Date()).toISOString().replace(/[:.]/g, "-");
					import("./chunks/har-file-lAdmK5Sk.mjs").then(({ toHar: t }) => {
						Ft(`wechat-api-calls-${e}.har`, JSON.stringify(t(E, b(l.value), ht.runtime.getManifest().version), null, 1));
					});
				},
				children: [/* @__PURE__ */ T(jt, {
					knowledge: o,
					t: r,
					lang: n.value
				}), /* @__PURE__ */ T("button", {
					type: "button",
					class: "open-options",
					title: r.openOptionsTitle,
					onClick: () => Lt(null),
					children: r.openOptions
				})]
			}),
			l.value && /* @__PURE__ */ T("div", {
				class: "banner reveal-banner",
				role: "status",
				children: r.revealOn
			}),
			d.value && /* @__PURE__ */ T("div", {
				class: "banner notice",
				role: "status",
				children: [
					d.value,
					" ",
					/* @__PURE__ */ T("button", {
						type: "button",
						class: "dismiss",
						"aria-label": "×",
						onClick: () => d.value = null,
						children: "×"
					})
				]
			}),
			e.problems.value.includes("har-backfill-failed") && /* @__PURE__ */ T("div", {
				class: "banner",
				role: "status",
				children: r.backfillFailed
			}),
			e.store.dropped > 0 && /* @__PURE__ */ T("div", {
				class: "banner dropped",
				children: r.dropped(e.store.dropped)
			}),
			f.value && /* @__PURE__ */ T("div", {
				class: "drop-hint",
				children: r.dropHere
			}),
			m.value === "jssdk" ? g.value ? /* @__PURE__ */ T(g.value.JssdkView, {
				state: {
					..._,
					enabled: _.origin !== null && s.jssdkSites.includes(_.origin)
				},
				network: a,
				t: r,
				lang: n.value,
				reveal: l.value,
				onEnable: C,
				onReload: () => e.reloadWithJssdkHook(),
				onShowNetworkCall: (e) => {
					c.value = _t, u.value = e, m.value = "network";
				}
			}) : null : /* @__PURE__ */ T(ne, { children: [/* @__PURE__ */ T(Pt, {
				t: r,
				filter: c,
				invalidRegex: w,
				shown: E.length,
				total: a.length,
				failures: D,
				onStep: k,
				filterInput: p
			}), a.length === 0 ? /* @__PURE__ */ T("div", {
				class: "empty",
				role: "status",
				children: [
					/* @__PURE__ */ T("h2", { children: r.emptyTitle }),
					/* @__PURE__ */ T("p", { children: r.emptyWatches }),
					/* @__PURE__ */ T("p", { children: r.emptyHint }),
					It && /* @__PURE__ */ T("p", {
						class: "firefox-hint",
						children: r.emptyFirefox
					}),
					/* @__PURE__ */ T("p", { children: r.noBodyTitle }),
					/* @__PURE__ */ T("p", { children: r.relayedHint })
				]
			}) : /* @__PURE__ */ T("div", {
				class: `main${O ? " split" : ""}`,
				children: [/* @__PURE__ */ T(wt, {
					calls: E,
					version: i,
					knowledge: o,
					t: r,
					lang: n.value,
					selectedId: O ? O.id : null,
					onSelect: (e) => u.value = e
				}), O && y.value && /* @__PURE__ */ T(y.value.Details, {
					call: O,
					knowledge: o,
					t: r,
					lang: n.value,
					reveal: l.value,
					onClose: () => u.value = null,
					onAddRule: Lt
				})]
			})] })
		]
	});
}
// src/view/capture-connection.ts
var Bt = (e) => {
	typeof requestAnimationFrame == "function" ? requestAnimationFrame(e) : setTimeout(e, 0);
}, Vt = 16;
function Ht(e, t = () => !1, n = () => performance.now()) {
	let r = K(0), i = K({ ...He }), a = K([]), o = K(!1), s = K({
		calls: [],
		origin: null,
		enabled: !1
	}), c = !1, l = !1, u, d = !1, f = -Infinity, p = null, m = () => {
		c = !1, clearTimeout(u), u = void 0, f = n(), d = !0, Bt(() => {
			d = !1, c && h();
		}), r.value++;
	}, h = () => {
		if (!c || d) return;
		if (!t()) {
			p = null, m();
			return;
		}
		p != null || (p = n());
		let e = Math.max(f, p) + 250;
		n() >= e ? m() : u != null || (u = setTimeout(() => {
			u = void 0, h();
		}, Math.min(Vt, e - n())));
	};
	return {
		receive: (t) => {
			switch (t.type) {
				case "snapshot":
					o.value = !0, i.value = t.settings, a.value = t.problems, e.reset(t.calls);
					break;
				case "add":
					e.add(t.calls);
					break;
				case "settings":
					i.value = t.settings;
					break;
				case "problem":
					a.value = [...a.value, t.problem];
					break;
				case "jssdk": s.value = t.state;
			}
		},
		connection: (t) => ({
			store: e,
			version: r,
			settings: i,
			problems: a,
			connected: o,
			jssdk: s,
			clear: () => t({ type: "clear" }),
			importCalls: (e) => t({
				type: "import",
				calls: e
			}),
			reloadWithJssdkHook: () => t({ type: "jssdk-reload" }),
			setSettings: (e) => {
				i.value = e, t({
					type: "set-settings",
					settings: e
				});
			}
		}),
		unsubscribe: e.subscribe(() => {
			c = !0, l || (l = !0, queueMicrotask(() => {
				l = !1, h();
			}));
		}),
		settings: i,
		problems: a,
		jssdk: s,
		connected: o
	};
}
function Ut(e, t) {
	let n = Ht(e.store, e.busy), r = e.state();
	n.settings.value = r.settings, n.problems.value = r.problems, n.jssdk.value = r.jssdk, n.connected.value = !0;
	let i = e.listen(n.receive);
	return t.addEventListener("pagehide", () => {
		i(), n.unsubscribe();
	}), n.connection(e.send);
}
// src/view/theme.ts
function Wt(e) {
	var t, n;
	let r = (t = (n = globalThis).matchMedia) == null ? void 0 : t.call(n, "(prefers-color-scheme: dark)"), i = () => {
		e.dataset.theme = r != null && r.matches ? "dark" : "light";
	};
	i(), r == null || r.addEventListener("change", i);
}
// src/shells/webview/page-lang.ts
function Gt(e = document, t = globalThis.navigator) {
	var n;
	let r = (n = e.documentElement) == null ? void 0 : n.getAttribute("lang");
	return Et(r && r.trim() !== "" ? r : t == null ? void 0 : t.language);
}
var Kt = (e) => e === "zh" ? "微信接口" : "WeChat", qt = ":root{--bg:#fff;--fg:#1f1f1f;--muted:#5f6368;--border:#dadce0;--header-bg:#f1f3f4;--row-alt:#f8f9fa;--error-fg:#c5221f;--error-bg:#fce8e6;--warn-fg:#8a5300;--warn-bg:#fef7e0;--nobody-fg:#5f6368;--accent:#1a73e8;--lightningcss-light:initial;--lightningcss-dark: ;color-scheme:light}:root[data-theme=dark]{--bg:#202124;--fg:#e3e3e3;--muted:#9aa0a6;--border:#3c4043;--header-bg:#292a2d;--row-alt:#242528;--error-fg:#f28b82;--error-bg:#4e1d1b;--warn-fg:#fdd663;--warn-bg:#3d3100;--nobody-fg:#9aa0a6;--accent:#8ab4f8;--lightningcss-light: ;--lightningcss-dark:initial;color-scheme:dark}html,body,#root{height:100%;margin:0}body{background:var(--bg);color:var(--fg);font:12px/1.4 system-ui,-apple-system,BlinkMacSystemFont,Segoe UI,Roboto,Noto Sans,Ubuntu,Cantarell,Helvetica Neue,PingFang SC,Microsoft YaHei,sans-serif}.app{flex-direction:column;height:100%;display:flex}.toolbar{border-bottom:1px solid var(--border);background:var(--header-bg);align-items:center;gap:8px;min-height:26px;padding:2px 6px;display:flex}.toolbar button,.toolbar select,.filter-bar input[type=search],.lookup-input,.add-rule,.open-options,.file-button{font:inherit;color:inherit;background:var(--bg);border:1px solid var(--border);border-radius:3px}.toolbar button,.toolbar select{padding:1px 8px}.toolbar label{align-items:center;gap:3px;display:inline-flex}.divider{background:var(--border);width:1px;height:16px}.spring{flex:1}.counts{color:var(--muted);gap:8px;display:inline-flex}.count-failures{color:var(--error-fg);font-weight:600}.dropped,.banner{color:var(--warn-fg)}.banner{background:var(--warn-bg);padding:4px 8px}.empty{max-width:680px;color:var(--muted);padding:24px}.empty h2{color:var(--fg);font-size:14px}.grid{flex-direction:column;flex:1;min-height:0;display:flex}.row{border-bottom:1px solid var(--border);grid-template-columns:100px 56px minmax(90px,1.2fr) minmax(140px,1.6fr) 52px 70px minmax(160px,2.4fr) 68px;align-items:center;height:22px;display:grid}.row>span{white-space:nowrap;text-overflow:ellipsis;padding:0 6px;overflow:hidden}.row.header{background:var(--header-bg);flex:none;font-weight:600}.viewport{overflow-anchor:none;background:var(--bg);will-change:scroll-position;flex:1;min-height:0;overflow:auto}.spacer{contain:strict;position:relative}.spacer>.row{contain:strict;position:absolute;left:0;right:0}.host{color:var(--muted);margin-right:2px}.c-errcode,.c-status,.c-duration{font-variant-numeric:tabular-nums}.row.state-error{background:var(--error-bg);color:var(--error-fg)}.row.state-warning{background:var(--warn-bg);color:var(--warn-fg)}.row.state-no-body .c-meaning{color:var(--nobody-fg);font-style:italic}.main{flex:1;min-height:0;display:flex}.main>.grid{flex:1;min-width:0}.main.split>.grid{flex:0 0 45%}.grid:focus{outline:none}.row.selected{outline:1px solid var(--accent);outline-offset:-1px}.grid:focus-visible .row.selected{outline:1px solid var(--accent);outline-offset:-1px}.row:not(.header){cursor:default}.details{border-left:1px solid var(--border);flex:1;min-width:0;padding:6px 10px 16px;overflow:auto}.details header{justify-content:space-between;align-items:flex-start;gap:8px;display:flex}.details h2{margin:2px 0 6px;font-size:13px}.details h3{color:var(--muted);margin:10px 0 3px;font-size:12px}.details ul,.details ol{margin:0;padding-left:20px}.details li{margin:2px 0}.details dl{grid-template-columns:max-content 1fr;gap:2px 10px;margin:8px 0;display:grid}.details dt{color:var(--muted)}.details dd{word-break:break-all;margin:0}.details pre{white-space:pre-wrap;word-break:break-all;background:var(--row-alt);border:1px solid var(--border);max-height:320px;padding:6px;font:11px/1.45 ui-monospace,Menlo,Consolas,monospace;overflow:auto}.details .close{font:inherit;color:var(--muted);cursor:pointer;background:0 0;border:none;font-size:16px;line-height:1}.details a{color:var(--accent)}.meaning{margin:0;font-size:13px;font-weight:600}.meaning-other,.muted{color:var(--muted);font-weight:400}.badge{background:var(--header-bg);border:1px solid var(--border);color:var(--muted);vertical-align:1px;border-radius:3px;padding:0 5px;font-size:10px;font-weight:600;display:inline-block}.legacy,.json-warning{color:var(--warn-fg);background:var(--warn-bg);padding:3px 6px}.copy{font:inherit;color:inherit;background:var(--bg);border:1px solid var(--border);cursor:pointer;border-radius:3px;margin-left:4px;padding:0 6px;font-size:11px}.masked-url{word-break:break-all}.main.split .row{grid-template-columns:minmax(80px,1.3fr) 64px minmax(90px,2fr)}.main.split .c-time,.main.split .c-method,.main.split .c-endpoint,.main.split .c-status,.main.split .c-duration{display:none}.main.split .grid{overflow:hidden}.badge.product-mp,.badge.product-miniprogram,.badge.product-open,.badge.product-channels,.badge.product-common,.badge.product-wecom,.badge.product-pay{margin-right:3px}.badge.product-wecom{color:#1a73e8}.badge.product-pay{color:#188038}.badge.product-miniprogram{color:#7b1fa2}.badge.product-open{color:#b06000}.partial-title,.from-headers,.invalid-utf8{color:var(--warn-fg);background:var(--warn-bg);padding:3px 6px}.filter-bar input[type=search],.lookup-input{width:240px;padding:1px 6px}.filter-text.invalid{border-color:var(--error-fg);outline:1px solid var(--error-fg)}.file-button{cursor:pointer;padding:1px 8px;position:relative}.file-button input[type=file]{opacity:0;cursor:pointer;width:100%;position:absolute;top:0;bottom:0;left:0;right:0}.reveal.on{color:var(--error-fg);font-weight:600}.reveal-banner{color:var(--error-fg);background:var(--error-bg)}.notice{color:var(--fg);background:var(--row-alt);border-bottom:1px solid var(--border)}.banner .dismiss{font:inherit;color:inherit;cursor:pointer;background:0 0;border:none}.app.dragging{outline:2px dashed var(--accent);outline-offset:-4px}.drop-hint{text-align:center;color:var(--accent);padding:8px}.lookup{position:relative}.lookup-input{width:140px}.lookup-results{z-index:10;background:var(--bg);border:1px solid var(--border);width:420px;max-height:360px;padding:6px 10px;position:absolute;top:24px;right:0;overflow:auto;box-shadow:0 2px 8px #00000040}.lookup-result{margin:4px 0 10px}.lookup-result ol{margin:2px 0;padding-left:18px}.lookup-result a,.lookup-results a{color:var(--accent)}.copy-row{flex-wrap:wrap;gap:4px;margin:0 0 6px;display:flex}.copy-row .copy{margin:0;padding:1px 8px}.tabs{border-bottom:1px solid var(--border);gap:2px;margin-bottom:6px;display:flex}.tab,.view-tab{font:inherit;color:var(--muted);cursor:pointer;background:0 0;border:none;border-bottom:2px solid #0000;padding:3px 8px}.tab[aria-selected=true],.view-tab[aria-selected=true]{color:var(--fg);border-bottom-color:var(--accent)}table.kv,table.timings{border-collapse:collapse;width:100%}table.kv th,table.kv td,table.timings th,table.timings td{text-align:left;vertical-align:top;border-bottom:1px solid var(--border);word-break:break-all;padding:1px 6px}table.kv th,table.timings th{color:var(--muted);white-space:nowrap;width:1%;font-weight:400}.bar-cell{width:60%}.bar{background:var(--accent);border-radius:2px;height:8px;display:inline-block}.timings .ms{white-space:nowrap;text-align:right}.json-tree{font:11px/1.5 ui-monospace,Menlo,Consolas,monospace}.json-children{padding-left:14px}.json-node>summary{cursor:pointer}.json-key{color:#881280}:root[data-theme=dark] .json-key{color:#c792ea}.json-string{color:#c41a16}:root[data-theme=dark] .json-string{color:#f28b82}.json-number,.json-boolean{color:#1a1aa6}:root[data-theme=dark] .json-number,:root[data-theme=dark] .json-boolean{color:#8ab4f8}.json-null,.json-summary{color:var(--muted)}.segmented{margin:4px 0;display:inline-flex}.segmented button{font:inherit;color:inherit;background:var(--bg);border:1px solid var(--border);cursor:pointer;padding:0 8px}.segmented button[aria-pressed=true]{background:var(--header-bg);font-weight:600}.search-row{align-items:center;gap:6px;display:flex}.body-search{font:inherit;color:inherit;background:var(--bg);border:1px solid var(--border);padding:1px 6px}mark{color:#000;background:#fdd663}.leak-warning{color:var(--error-fg);background:var(--error-bg);padding:4px 6px;font-weight:600}.badge.leak{color:var(--error-fg);border-color:var(--error-fg);margin-left:4px}.badge.imported{margin-left:4px}.count-shown{color:var(--muted)}.view-tabs{border-bottom:1px solid var(--border);background:var(--header-bg);gap:2px;padding:0 6px;display:flex}.view-tab.has-errors{color:var(--error-fg)}.jssdk-view{flex-direction:column;flex:1;min-height:0;display:flex}.jssdk-list{overflow:auto}.jssdk-list .row{cursor:default;grid-template-columns:100px minmax(120px,1fr) minmax(200px,3fr)}.jssdk-row.state-error{color:var(--error-fg);background:var(--error-bg)}.jssdk-row.state-pending{color:var(--muted)}.jssdk-row.selected{outline:1px solid var(--accent)}.doctor{border-top:1px solid var(--border);margin-top:10px;padding-top:6px}.doctor-warning{color:var(--warn-fg);background:var(--warn-bg);padding:3px 6px}.doctor-ticket{flex-direction:column;gap:2px;margin:6px 0;display:flex}.doctor-ticket input{font:inherit;color:inherit;background:var(--bg);border:1px solid var(--border);padding:2px 4px;font-family:monospace}.doctor-verdict.match{color:var(--accent)}.doctor-verdict.mismatch{color:var(--error-fg);font-weight:600}.signed-string,.signed-url{word-break:break-all;font-family:monospace}button.link{font:inherit;color:var(--accent);cursor:pointer;background:0 0;border:none;padding:0;text-decoration:underline}button.link .badge.relayed{color:var(--accent);border-color:var(--accent);margin-right:3px}button.link .relay-source{border-left:3px solid var(--accent);background:var(--row-alt);margin:4px 0 8px;padding:4px 8px}button.link .relay-source dl{grid-template-columns:max-content 1fr;gap:2px 10px;margin:0 0 4px;display:grid}button.link .relay-source dt{color:var(--muted)}button.link .relay-source dd{word-break:break-all;margin:0}button.link .add-rule{cursor:pointer}button.link .open-options{cursor:pointer}", Jt = ":host{height:100%;display:block}.wai-root{height:100%}";
// src/shells/webview/styles.ts
function Yt() {
	return `${qt.replace(/html,\s*body,\s*#root\s*\{/g, ".wai-root {").replace(/(^|\})\s*body\s*\{/g, "$1 .wai-root {").replace(/:root/g, ".wai-root")}\n${Jt}`;
}
function Xt(e, t, n) {
	try {
		let n = new CSSStyleSheet();
		return n.replaceSync(t), e.adoptedStyleSheets = [...e.adoptedStyleSheets, n], "constructed";
	} catch {
		let r = document.createElement("style");
		return n && (r.nonce = n), r.textContent = t, e.append(r), "style-element";
	}
}
// src/shells/webview/mount.tsx
function Zt(e, t) {
	var n;
	let r = document.createElement("div");
	r.className = "wechat-api-inspector", e.append(r);
	let i = r.attachShadow({ mode: "open" });
	r.dataset.styles = Xt(i, Yt(), t.options.styleNonce);
	let a = document.createElement("div");
	a.className = "wai-root", i.append(a), Wt(a);
	let o = K((n = t.options.lang) == null ? Gt() : n);
	return kt(), _(/* @__PURE__ */ T(zt, {
		connection: Ut(t.log.link, window),
		lang: o
	}), a), () => {
		_(null, a), r.remove();
	};
}
// src/shells/webview/plugins.ts
function Qt(e) {
	var t;
	let n = qe(), r = new e.VConsolePlugin("wechat_api_inspector", Kt((t = n == null ? void 0 : n.options.lang) == null ? Gt() : t)), i = null;
	return r.on("renderTab", (e) => {
		if (!n || typeof e != "function") return;
		let t = document.createElement("div");
		t.className = "wechat-api-inspector-tab", i = Zt(t, n), e(t);
	}), r.on("remove", () => {
		i == null || i(), i = null;
	}), r;
}
function $t() {
	var e;
	let t = qe(), n = null, r = null, i = {
		name: Kt((e = t == null ? void 0 : t.options.lang) == null ? Gt() : e),
		init(e) {
			n = e;
			let i = e[0];
			t && i && (r = Zt(i, t));
		},
		show() {
			return n == null || n.show(), i;
		},
		hide() {
			return n == null || n.hide(), i;
		},
		destroy() {
			r == null || r(), r = null;
		}
	};
	return i;
}
export { $t as erudaPlugin, Ke as install, Qt as vConsolePlugin };
