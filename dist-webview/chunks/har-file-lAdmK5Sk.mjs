import { a as e, i as t, n, r } from "./decode-relayed-BcnAYXJH.mjs";
// src/decode/har-entry.ts
function i(e) {
	return Array.isArray(e) ? e.filter((e) => typeof (e == null ? void 0 : e.name) == "string").map((e) => ({
		name: String(e.name),
		value: typeof e.value == "string" ? e.value : ""
	})) : [];
}
function a(e, t, n) {
	var r, a, s, c;
	let l = (r = t.request) == null ? {} : r, u = (a = t.response) == null ? {} : a;
	return {
		id: e,
		startedDateTime: typeof t.startedDateTime == "string" ? t.startedDateTime : (/* @__PURE__ */ new Date()).toISOString(),
		time: typeof t.time == "number" && Number.isFinite(t.time) ? t.time : 0,
		method: typeof l.method == "string" ? l.method.toUpperCase() : "GET",
		url: typeof l.url == "string" ? l.url : "",
		status: typeof u.status == "number" && Number.isFinite(u.status) ? u.status : 0,
		mimeType: typeof ((s = u.content) == null ? void 0 : s.mimeType) == "string" ? u.content.mimeType : "",
		requestHeaders: i(l.headers),
		responseHeaders: i(u.headers),
		requestBody: typeof ((c = l.postData) == null ? void 0 : c.text) == "string" ? l.postData.text : null,
		content: n.content,
		encoding: n.encoding,
		timings: o(t.timings)
	};
}
function o(e) {
	if (!e || typeof e != "object") return null;
	let t = {};
	for (let n of [
		"blocked",
		"dns",
		"connect",
		"ssl",
		"send",
		"wait",
		"receive"
	]) {
		let r = e[n];
		typeof r == "number" && Number.isFinite(r) && r >= 0 && (t[n] = r);
	}
	return Object.keys(t).length > 0 ? t : null;
}
function s(e) {
	var n, r;
	let i = (n = e.request) == null ? void 0 : n.url;
	return typeof i != "string" || ((r = e.request) == null || (r = r.method) == null ? void 0 : r.toUpperCase()) === "OPTIONS" ? null : t(i);
}
function c(t, i, o) {
	var c, u;
	let d = s(t);
	if (d) return e(a(i, t, l(t)), d);
	if (!o || typeof ((c = t.request) == null ? void 0 : c.url) != "string") return null;
	let f = (u = t.response) == null ? void 0 : u.content, p = f == null ? void 0 : f.size, m = r({
		url: t.request.url,
		method: typeof t.request.method == "string" ? t.request.method : "GET",
		mimeType: typeof (f == null ? void 0 : f.mimeType) == "string" ? f.mimeType : "",
		size: typeof p == "number" && Number.isFinite(p) && p >= 0 ? p : null
	}, o);
	return m ? n(a(i, t, l(t)), m) : null;
}
function l(e) {
	var t;
	let n = (t = e.response) == null ? void 0 : t.content;
	return {
		content: typeof (n == null ? void 0 : n.text) == "string" ? n.text : null,
		encoding: typeof (n == null ? void 0 : n.encoding) == "string" ? n.encoding : ""
	};
}
// src/view/har-file.ts
var u = 104857600;
function d(e) {
	try {
		return [...new URL(e).searchParams].map(([e, t]) => ({
			name: e,
			value: t
		}));
	} catch {
		return [];
	}
}
function f(e, t, n) {
	return { log: {
		version: "1.2",
		creator: {
			name: "WeChat API Inspector",
			version: n
		},
		pages: [],
		entries: e.map((e) => {
			var n, r, i, a;
			let o = t.url(e.url), s = e.body.kind === "json" || e.body.kind === "text" ? t.body(e.body.text) : void 0, c = (n = (r = e.requestHeaders.find((e) => e.name.toLowerCase() === "content-type")) == null ? void 0 : r.value) == null ? "application/json" : n;
			return {
				startedDateTime: e.startedDateTime,
				time: e.time,
				request: {
					method: e.method,
					url: o,
					httpVersion: "",
					headers: t.headers(e.requestHeaders),
					queryString: d(o),
					cookies: [],
					headersSize: -1,
					bodySize: e.requestBody === null ? 0 : e.requestBody.length,
					...e.requestBody === null ? {} : { postData: {
						mimeType: c,
						text: t.body(e.requestBody)
					} }
				},
				response: {
					status: e.status,
					statusText: "",
					httpVersion: "",
					headers: t.headers(e.responseHeaders),
					cookies: [],
					content: {
						size: e.body.kind === "binary" ? e.body.bytes : (i = s == null ? void 0 : s.length) == null ? 0 : i,
						mimeType: e.mimeType,
						...s === void 0 ? {} : { text: s }
					},
					redirectURL: "",
					headersSize: -1,
					bodySize: -1
				},
				cache: {},
				timings: (a = e.timings) == null ? {
					send: 0,
					wait: e.time,
					receive: 0
				} : a
			};
		})
	} };
}
function p(e, t, n) {
	var r;
	if (e.length > 104857600) return { error: "too-large" };
	let i;
	try {
		i = JSON.parse(e.replace(/^\uFEFF/, ""));
	} catch {
		return { error: "not-json" };
	}
	let a = i == null || (r = i.log) == null ? void 0 : r.entries;
	if (!Array.isArray(a)) return { error: "not-har" };
	let o = Date.now().toString(36), s = [];
	return a.forEach((e, r) => {
		if (typeof e != "object" || !e) return;
		let i = c(e, `har-${o}-${r}`, n);
		i && s.push({
			...i,
			importedFrom: t
		});
	}), {
		calls: s,
		skipped: a.length - s.length
	};
}
export { u as MAX_IMPORT_BYTES, p as fromHar, f as toHar };
