import { n as e, r as t, t as n } from "./errcode-MF9y4TQJ.mjs";
import { t as r } from "./secret-fields-Dtprj-3K.mjs";
// src/decode/relay/json-path.ts
var i = 200, a = 16;
function o(e) {
	if (typeof e != "string" || e.length === 0 || e.length > i) return null;
	let t = e.startsWith("$.") ? e.slice(2) : e, n = [], r = /([A-Za-z0-9_$-]+)|\[(\d{1,6})\]|(\.)/y, o = !0, s = null;
	for (; r.lastIndex < t.length;) {
		let e = r.lastIndex, i = r.exec(t);
		if (!i || i.index !== e) return null;
		if (i[1] !== void 0) {
			if (!o || s === "name" || s === "index") return null;
			n.push(i[1]), s = "name", o = !1;
		} else if (i[2] !== void 0) {
			if (s === "dot") return null;
			n.push(Number(i[2])), s = "index";
		} else {
			if (s === null || s === "dot") return null;
			s = "dot", o = !0;
		}
		if (n.length > a) return null;
	}
	return s === "dot" || n.length === 0 ? null : n;
}
function s(e, t) {
	let n = e;
	for (let e of t) {
		if (typeof n != "object" || !n) return;
		if (typeof e == "number") {
			if (!Array.isArray(n) || e >= n.length) return;
			n = n[e];
		} else {
			if (Array.isArray(n) || !Object.prototype.hasOwnProperty.call(n, e)) return;
			n = n[e];
		}
	}
	return n;
}
function c(e) {
	return e.map((e, t) => typeof e == "number" ? `[${e}]` : t === 0 ? e : `.${e}`).join("");
}
// src/decode/literal-url.ts
function l(e) {
	return e.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}
function u(e) {
	return /^[\x20-\x24\x26-\x7e]*$/.test(e);
}
// src/decode/relay/url-pattern.ts
var d = {
	hostGlob: 253,
	pathValue: 500,
	urlPath: 4096
}, f = /^[a-z0-9*.-]+(:(\d{1,5}|\*))?$/i;
function p(e) {
	return typeof e == "string" && e.length > 0 && e.length <= d.hostGlob && f.test(e);
}
function ee(e) {
	if (!p(e)) return null;
	let [t = "", n] = e.toLowerCase().split(":"), r = t.split("*").map(l).join(".*"), i = RegExp(`^${r}$`);
	return (e, t) => i.test(e.toLowerCase()) && (n === void 0 || n === "*" || n === t);
}
function te(e) {
	if (typeof e != "object" || !e) return !1;
	let t = e;
	return typeof t.value != "string" || t.value.length > d.pathValue ? !1 : t.kind === "prefix" ? t.value.startsWith("/") : t.kind === "regex" && m(t.value) !== null;
}
function m(e) {
	if (e.length === 0 || e.length > d.pathValue) return null;
	try {
		return new RegExp(e);
	} catch {
		return null;
	}
}
function ne(e) {
	if (e.kind === "prefix") return e.value.startsWith("/") ? (t) => t.startsWith(e.value) : null;
	let t = m(e.value);
	return t ? (e) => t.test(e.slice(0, d.urlPath)) : null;
}
// src/decode/http-url.ts
var h = null, g = null;
function _(e) {
	if (e === h) return g;
	let t;
	try {
		t = new URL(e);
	} catch {
		t = null;
	}
	return h = e, g = t && (t.protocol === "https:" || t.protocol === "http:") ? t : null, g;
}
// src/decode/relay/user-rules.ts
var re = {
	autoDetect: !0,
	pathRulesEverywhere: !1
}, ie = /* @__PURE__ */ new Set([
	"weixin",
	"wecom",
	"auto"
]);
function v(e) {
	if (typeof e != "object" || !e || Array.isArray(e)) return !1;
	let t = e;
	return typeof t.id == "string" && t.id.length > 0 && t.id.length <= 64 && typeof t.enabled == "boolean" && typeof t.hostGlob == "string" && p(t.hostGlob) && te(t.path) && typeof t.platform == "string" && ie.has(t.platform) && typeof t.errcodePath == "string" && o(t.errcodePath) !== null && typeof t.errmsgPath == "string" && o(t.errmsgPath) !== null;
}
function y(e) {
	let t = ee(e.hostGlob), n = ne(e.path), r = o(e.errcodePath), i = o(e.errmsgPath);
	return !t || !n || !r || !i ? null : {
		rule: e,
		errcodeAt: r,
		errmsgAt: i,
		matches(e) {
			let r = _(e);
			return r && t(r.hostname, r.port) && n(r.pathname) ? {
				host: r.hostname.toLowerCase(),
				path: r.pathname
			} : null;
		}
	};
}
function b(e, t) {
	for (let n of e) {
		if (!n.rule.enabled) continue;
		let e = n.matches(t);
		if (e) return {
			compiled: n,
			...e
		};
	}
	return null;
}
function x(e, t) {
	return {
		errcode: s(t, e.errcodeAt),
		errmsg: s(t, e.errmsgAt)
	};
}
function S(e, t, n) {
	let r;
	try {
		r = new URL(e);
	} catch {
		return null;
	}
	let i = t && t.length > 0 ? `${c(t)}.` : "";
	return {
		enabled: !0,
		hostGlob: r.port ? `${r.hostname}:${r.port}` : r.hostname,
		path: {
			kind: "prefix",
			value: r.pathname
		},
		platform: n,
		errcodePath: `${i}errcode`,
		errmsgPath: `${i}errmsg`
	};
}
// src/decode/limits.ts
var C = {
	keptText: 262144,
	parsedText: 4194304,
	scannedHead: 65536
}, ae = [
	[
		"png",
		[
			137,
			80,
			78,
			71
		],
		0
	],
	[
		"jpeg",
		[
			255,
			216,
			255
		],
		0
	],
	[
		"gif",
		[
			71,
			73,
			70,
			56
		],
		0
	],
	[
		"webp",
		[
			87,
			69,
			66,
			80
		],
		8
	],
	[
		"pdf",
		[
			37,
			80,
			68,
			70
		],
		0
	],
	[
		"zip",
		[
			80,
			75,
			3,
			4
		],
		0
	],
	[
		"amr",
		[
			35,
			33,
			65,
			77,
			82
		],
		0
	],
	[
		"mp3",
		[
			73,
			68,
			51
		],
		0
	],
	[
		"mp4",
		[
			102,
			116,
			121,
			112
		],
		4
	],
	[
		"wav",
		[
			82,
			73,
			70,
			70
		],
		0
	],
	[
		"gzip",
		[31, 139],
		0
	]
];
function w(e) {
	for (let [t, n, r] of ae) if (e.length >= r + n.length && n.every((t, n) => e[r + n] === t)) return t;
	return null;
}
function T(e) {
	let t = Math.min(e.length, 1024), n = 0;
	for (let r = 0; r < t; r++) {
		let t = e[r];
		if (t === 0) return !0;
		(t < 9 || t > 13 && t < 32) && n++;
	}
	return t > 0 && n / t > .1;
}
// src/decode/body-text.ts
function oe(e, t) {
	let n = e.replace(/[\s]+/g, ""), r = n.endsWith("==") ? 2 : +!!n.endsWith("="), i = Math.floor(n.length * 3 / 4) - r, a = Math.min(n.length, Math.ceil(t / 3) * 4), o;
	try {
		o = atob(n.slice(0, a));
	} catch {
		return null;
	}
	let s = new Uint8Array(o.length);
	for (let e = 0; e < o.length; e++) s[e] = o.charCodeAt(e);
	return {
		bytes: s,
		total: i
	};
}
function se(e, t = !1) {
	try {
		return {
			text: new TextDecoder("utf-8", { fatal: !0 }).decode(e, { stream: t }),
			invalidUtf8: !1
		};
	} catch {
		return {
			text: new TextDecoder("utf-8").decode(e, { stream: t }),
			invalidUtf8: !0
		};
	}
}
function E(e, t) {
	if (e === null) return { kind: "missing" };
	if (t.toLowerCase() !== "base64") {
		let t = e.replace(/^\uFEFF/, "");
		return {
			kind: "text",
			text: t.slice(0, C.parsedText),
			fullLength: t.length,
			invalidUtf8: t.includes("�")
		};
	}
	let n = oe(e, C.parsedText);
	if (n === null) return {
		kind: "text",
		text: e.slice(0, C.parsedText),
		fullLength: e.length,
		invalidUtf8: !1
	};
	let { bytes: r, total: i } = n, a = w(r);
	if (a !== null || T(r)) return {
		kind: "binary",
		bytes: i,
		sniffed: a
	};
	let o = r.length < i, { text: s, invalidUtf8: c } = se(r, o), l = s.replace(/^\uFEFF/, "");
	return {
		kind: "text",
		text: l,
		fullLength: o ? i : l.length,
		invalidUtf8: c
	};
}
// src/decode/headers.ts
function D(e, t) {
	var n, r;
	let i = t.toLowerCase();
	return (n = (r = e.find((e) => e.name.toLowerCase() === i)) == null ? void 0 : r.value) == null ? null : n;
}
function ce(e) {
	let n = t(D(e, "Error-Code"));
	return n === null ? null : {
		errcode: n,
		errmsg: D(e, "Error-Msg")
	};
}
function O(e) {
	var t;
	let n = /-(\d{6,12})\s*$/.exec((t = D(e, "Request-ID")) == null ? "" : t);
	return n ? Number(n[1]) : null;
}
// src/decode/pay-body.ts
function k(e, t) {
	var n, r;
	let i = RegExp(`<${t}>\\s*(?:<!\\[CDATA\\[([\\s\\S]*?)\\]\\]>|([^<]*))\\s*</${t}>`).exec(e);
	if (!i) return null;
	let a = ((n = (r = i[1]) == null ? i[2] : r) == null ? "" : n).trim();
	return a === "" ? null : a;
}
function A(e, t, r, i) {
	if (e.startsWith("/v3/")) {
		let e = r === null ? void 0 : n(r), a = typeof e == "object" && e && !Array.isArray(e) ? e : {}, o = typeof a.code == "string" ? a.code : null, s = t >= 400 || t === 0 && o !== null, c = O(i);
		return {
			version: "v3",
			failed: s,
			errcode: s ? o == null ? c : o : null,
			errmsg: s && typeof a.message == "string" ? a.message : null,
			detail: s && a.detail !== void 0 ? JSON.stringify(a.detail) : null,
			requestIdCode: s ? c : null
		};
	}
	let a = r == null ? "" : r, o = k(a, "return_code"), s = k(a, "result_code");
	return o === "FAIL" ? {
		version: "v2",
		failed: !0,
		errcode: "FAIL",
		errmsg: k(a, "return_msg"),
		detail: null,
		requestIdCode: null
	} : s === "FAIL" ? {
		version: "v2",
		failed: !0,
		errcode: k(a, "err_code"),
		errmsg: k(a, "err_code_des"),
		detail: null,
		requestIdCode: null
	} : {
		version: "v2",
		failed: t >= 400,
		errcode: null,
		errmsg: null,
		detail: null,
		requestIdCode: null
	};
}
// src/decode/secret-leak.ts
var j = new Set(r.serverSecrets);
function M(e) {
	return e.split("&").filter((e) => /=./.test(e)).map((e) => {
		let t = e.slice(0, e.indexOf("="));
		try {
			return decodeURIComponent(t.replace(/\+/g, " ")).toLowerCase();
		} catch {
			return t.toLowerCase();
		}
	});
}
function N(e, t) {
	let r = /* @__PURE__ */ new Set(), i = e.indexOf("?");
	if (i >= 0) for (let t of M(e.slice(i + 1).split("#")[0])) r.add(t);
	if (t) {
		let e = n(t);
		if (typeof e == "object" && e && !Array.isArray(e)) for (let [t, n] of Object.entries(e)) typeof n == "string" && n !== "" && r.add(t.toLowerCase());
		else if (e === void 0) for (let e of M(t.trim())) r.add(e);
	}
	return [...r].filter((e) => j.has(e)).sort();
}
// src/decode/wechat-json.ts
var P = new Set({
	$schema: "./schema/partial-failure-fields.schema.json",
	note: "Fields that WeChat / WeCom add to an errcode-0 answer when part of a batch failed (e.g. /cgi-bin/message/send). A non-empty value makes the call a warning, not a success.",
	fields: [
		"invaliduser",
		"invalidparty",
		"invalidtag",
		"unlicenseduser",
		"invalid_userid",
		"invalid_partyid",
		"invalid_tagid",
		"invalid_userid_list",
		"invalid_external_userid",
		"fail_list",
		"failed_list",
		"fail_userid_list",
		"fail_chat_list",
		"invalid_chat_list",
		"fail_external_userid"
	]
}.fields), F = 200, I = 4;
function L(t, n, r, i) {
	if (!(i.length >= F || r > I || typeof t != "object" || !t)) {
		if (Array.isArray(t)) for (let a = 0; a < t.length && i.length < F; a++) {
			let o = t[a];
			if (typeof o == "object" && o && !Array.isArray(o)) {
				let { errcode: t, errmsg: r } = e(o);
				t !== null && t !== 0 && i.push({
					at: `${n}[${a}]`,
					errcode: t,
					errmsg: r
				});
			}
			L(o, `${n}[${a}]`, r + 1, i);
		}
		else for (let [e, a] of Object.entries(t)) typeof a == "object" && a && L(a, n ? `${n}.${e}` : e, r + 1, i);
	}
}
function R(e) {
	let t = [];
	for (let [n, r] of Object.entries(e)) P.has(n) && (typeof r == "string" && r.trim() !== "" ? t.push({
		field: n,
		value: r
	}) : Array.isArray(r) && r.length > 0 && t.push({
		field: n,
		value: JSON.stringify(r).slice(0, 500)
	}));
	return t;
}
function z(t) {
	let { errcode: n, errmsg: r } = e(t), i = [], a = typeof t == "object" && !!t && !Array.isArray(t);
	return L(t, "", 0, i), {
		errcode: n,
		errmsg: r,
		itemFailures: i,
		partialFailures: a ? R(t) : []
	};
}
function B(e) {
	let n = /"errcode"\s*:\s*"?(-?\d{1,12})"?/.exec(e), r = /"errmsg"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(e), i = null;
	if (r) try {
		i = JSON.parse(`"${r[1]}"`);
	} catch {
		var a;
		i = (a = r[1]) == null ? null : a;
	}
	return {
		errcode: n ? t(n[1]) : null,
		errmsg: i
	};
}
// src/decode/decode-call.ts
function V(e) {
	let t = E(e.content, e.encoding);
	if (t.kind === "missing") return {
		body: { kind: "missing" },
		text: null,
		invalidUtf8: !1,
		parsable: !1,
		parsed: void 0
	};
	if (t.kind === "binary") return {
		body: {
			kind: "binary",
			bytes: t.bytes,
			sniffed: t.sniffed
		},
		text: null,
		invalidUtf8: !1,
		parsable: !1,
		parsed: void 0
	};
	if (t.text.trim() === "") return {
		body: { kind: "empty" },
		text: "",
		invalidUtf8: !1,
		parsable: !1,
		parsed: void 0
	};
	let r = t.fullLength <= C.parsedText, i = t.text.slice(0, C.keptText), a = t.fullLength > i.length ? { truncatedFrom: t.fullLength } : {}, o = r && /^\s*[[{]/.test(t.text) ? n(t.text) : void 0;
	return {
		body: {
			kind: o === void 0 ? "text" : "json",
			text: i,
			...a
		},
		text: t.text,
		invalidUtf8: t.invalidUtf8,
		parsable: r,
		parsed: o
	};
}
function H(e, t, n, r, i) {
	let a = {
		errcode: null,
		errmsg: null,
		codeSource: null,
		itemFailures: [],
		partialFailures: [],
		pay: null,
		failed: !1
	};
	if (t !== null && t !== "") {
		let e = n ? z(i && r !== void 0 ? i(r) : r) : {
			...B(t.slice(0, C.scannedHead)),
			itemFailures: [],
			partialFailures: []
		};
		Object.assign(a, e), e.errcode !== null && (a.codeSource = "body");
	}
	if (a.errcode === null) {
		let t = ce(e.responseHeaders);
		t && Object.assign(a, t, { codeSource: "headers" });
	}
	return a;
}
function U(e, t, n) {
	let r = A(t.path, e.status, n, e.responseHeaders);
	return {
		errcode: r.errcode,
		errmsg: r.errmsg,
		codeSource: r.errcode === null ? null : "body",
		itemFailures: [],
		partialFailures: [],
		pay: {
			version: r.version,
			requestIdCode: r.requestIdCode,
			detail: r.detail
		},
		failed: r.failed
	};
}
function W(e, t, n, r) {
	return t.failed || t.errcode !== null && t.errcode !== 0 ? "error" : e.kind === "missing" && t.errcode === null ? "no-body" : t.itemFailures.length > 0 || t.partialFailures.length > 0 ? "warning" : n >= 400 ? "error" : e.kind === "text" && r !== "pay" ? "warning" : "ok";
}
function G(e, t, n) {
	let { body: r, text: i, invalidUtf8: a, parsable: o, parsed: s } = V(e), c = t.platform === "pay" ? U(e, t, i) : H(e, i, o, s, n);
	return {
		id: e.id,
		startedDateTime: e.startedDateTime,
		time: e.time,
		method: e.method,
		url: e.url,
		status: e.status,
		mimeType: e.mimeType,
		requestHeaders: e.requestHeaders,
		responseHeaders: e.responseHeaders,
		requestBody: e.requestBody,
		timings: e.timings,
		platform: t.platform,
		host: t.host,
		path: t.path,
		state: W(r, c, e.status, t.platform),
		errcode: c.errcode,
		errmsg: c.errmsg,
		codeSource: c.codeSource,
		itemFailures: c.itemFailures,
		partialFailures: c.partialFailures,
		invalidUtf8: a,
		pay: c.pay,
		body: r,
		leakedSecrets: N(e.url, e.requestBody)
	};
}
var K = {
	$schema: "./schema/hosts.schema.json",
	hosts: [
		{
			host: "api.weixin.qq.com",
			platform: "weixin",
			note: "Official Accounts, Mini Programs, Open Platform, Channels"
		},
		{
			host: "api2.weixin.qq.com",
			platform: "weixin",
			note: "backup domain"
		},
		{
			host: "sh.api.weixin.qq.com",
			platform: "weixin",
			note: "regional domain (Shanghai)"
		},
		{
			host: "sz.api.weixin.qq.com",
			platform: "weixin",
			note: "regional domain (Shenzhen)"
		},
		{
			host: "hk.api.weixin.qq.com",
			platform: "weixin",
			note: "regional domain (Hong Kong)"
		},
		{
			host: "qyapi.weixin.qq.com",
			platform: "wecom",
			note: "WeCom (企业微信) server API"
		},
		{
			host: "api.mch.weixin.qq.com",
			platform: "pay",
			note: "WeChat Pay (v2 XML, v3 REST)"
		},
		{
			host: "api2.mch.weixin.qq.com",
			platform: "pay",
			note: "WeChat Pay backup domain"
		}
	]
}, le = new Map(K.hosts.map((e) => [e.host, e.platform])), ue = new RegExp(K.hosts.map((e) => l(e.host)).join("|"), "i");
function de(e) {
	if (u(e) && !ue.test(e)) return null;
	let t = _(e);
	if (!t) return null;
	let n = t.hostname.toLowerCase(), r = le.get(n);
	return r ? {
		platform: r,
		host: n,
		path: t.pathname
	} : null;
}
var q = {
	$schema: "./schema/relay.schema.json",
	note: "What tells a WeChat answer that did not come from a WeChat host: the API path prefixes a dev server proxies, the hosts counted as development hosts, and the signals that make a relayed {errcode, errmsg} look like WeChat's rather than a business API's own.",
	pathPrefixes: [
		"/cgi-bin/",
		"/sns/",
		"/wxa/",
		"/wxaapi/",
		"/datacube/",
		"/customservice/",
		"/card/",
		"/merchant/",
		"/bizwifi/",
		"/channels/",
		"/semantic/",
		"/shakearound/",
		"/tcb/",
		"/xpay/",
		"/shop/",
		"/product/",
		"/marketing/",
		"/cv/"
	],
	wecomPathPrefixes: /* @__PURE__ */ "/cgi-bin/gettoken./cgi-bin/get_jsapi_ticket./cgi-bin/agent/./cgi-bin/appchat/./cgi-bin/batch/./cgi-bin/checkin/./cgi-bin/corp/./cgi-bin/corpgroup/./cgi-bin/department/./cgi-bin/exmail/./cgi-bin/export/./cgi-bin/externalcontact/./cgi-bin/health/./cgi-bin/idconvert/./cgi-bin/kf/./cgi-bin/license/./cgi-bin/linkedcorp/./cgi-bin/living/./cgi-bin/meeting/./cgi-bin/msgaudit/./cgi-bin/oa/./cgi-bin/school/./cgi-bin/service/./cgi-bin/wedoc/./cgi-bin/wedrive/./cgi-bin/webhook/".split("."),
	devHosts: {
		names: ["localhost"],
		suffixes: [
			".localhost",
			".local",
			".test",
			".internal",
			".lan",
			".home.arpa"
		],
		ipv4Cidrs: [
			"127.0.0.0/8",
			"10.0.0.0/8",
			"172.16.0.0/12",
			"192.168.0.0/16",
			"169.254.0.0/16"
		],
		ipv6: ["::1"],
		ipv6UniqueLocal: !0
	},
	wechatErrmsgShapes: [
		{
			name: "rid",
			pattern: "rid: ?[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}",
			note: "api.weixin.qq.com appends a request id to its errmsg (since 2019)"
		},
		{
			name: "hint",
			pattern: "hint: \\[[0-9A-Za-z_!-]{6,}\\]",
			note: "the hint: [..] request id, written by both WeChat (older answers) and WeCom; it does not tell the platform"
		},
		{
			name: "hints-req-id",
			pattern: "hints: \\[ ?req_id: [0-9A-Za-z_-]{6,} ?\\]",
			platform: "weixin",
			note: "api.weixin.qq.com's hints: [ req_id: .. ] (OAuth, code2Session)"
		},
		{
			name: "wecom-more-info",
			pattern: "more info at https://open\\.work\\.weixin\\.qq\\.com/",
			platform: "wecom",
			note: "WeCom names its error-code lookup"
		},
		{
			name: "wecom-domain",
			pattern: "work\\.weixin\\.qq\\.com",
			platform: "wecom",
			note: "any mention of WeCom's domain"
		},
		{
			name: "weixin-doc",
			pattern: "developers\\.weixin\\.qq\\.com",
			platform: "weixin",
			note: "a link to the WeChat developer docs"
		}
	],
	wechatErrmsgPhrases: /* @__PURE__ */ "invalid ip.not in whitelist.invalid credential.access_token is invalid.access_token expired.access_token missing.invalid access_token.invalid appid.invalid appsecret.invalid code.code been used.invalid openid.invalid media_id.invalid template_id.invalid corpid.invalid userid.invalid agentid.invalid signature.api unauthorized.api forbidden.api freq out of limit.reach max api daily quota limit.require subscribe.require https.user refuse to accept the msg.argument invalid.data format error.system error.system busy.not allow to access from your ip.userid not found.invalid grant_type.missing access_token.no privilege to access.invalid button.code blocked.refresh_token is invalid.invalid url".split("."),
	codeRanges: [
		{
			from: 40001,
			to: 50099,
			note: "the client-error families both platforms share"
		},
		{
			from: 51e3,
			to: 53999,
			note: "Official Account / Mini Program features"
		},
		{
			from: 60001,
			to: 68999,
			note: "WeCom directory (60xxx), Open Platform (61xxx), Mini Program (63xxx, 65xxx, 68xxx)"
		},
		{
			from: 71e3,
			to: 76999,
			note: "Channels, Mini Program shop, WeCom apps"
		},
		{
			from: 8e4,
			to: 95999,
			note: "Open Platform, Mini Program and WeCom service codes"
		},
		{
			from: 3e5,
			to: 899999,
			note: "WeCom third-party and Mini Program codes"
		},
		{
			from: 9001e3,
			to: 9403999,
			note: "Open Platform and WeChat device codes"
		}
	]
}, fe = q.wechatErrmsgShapes.map((e) => ({
	name: e.name,
	pattern: new RegExp(e.pattern),
	platform: "platform" in e ? e.platform : null
})), pe = q.wechatErrmsgPhrases, me = q.codeRanges, he = 2e3;
function ge(e) {
	return me.some((t) => e >= t.from && e <= t.to);
}
function J(e, t) {
	let n = t.slice(0, he), r = [], i = null;
	for (let e of fe) e.pattern.test(n) && (r.push(e.name), i != null || (i = e.platform));
	let a = n.toLowerCase(), o = pe.some((e) => a.includes(e));
	o && r.push("phrase");
	let s = ge(e);
	s && r.push("code-range");
	let c = r.some((e) => e !== "phrase" && e !== "code-range");
	return {
		wechat: e !== 0 && (c || o && s),
		signals: r,
		platform: i
	};
}
// src/decode/relay/detect-relayed.ts
var _e = 3, ve = 200;
function ye(e) {
	if (typeof e != "object" || !e || Array.isArray(e)) return null;
	let t = e, n = t.errcode, r = t.errmsg;
	return typeof n != "number" || !Number.isInteger(n) || typeof r != "string" ? null : {
		errcode: n,
		errmsg: r
	};
}
function be(e) {
	let t = [{
		value: e,
		at: []
	}], n = 0;
	for (; t.length > 0 && n < ve;) {
		let { value: e, at: r } = t.shift();
		n++;
		let i = ye(e);
		if (i) return i.errcode === 0 ? null : {
			...i,
			at: r,
			likeness: J(i.errcode, i.errmsg)
		};
		if (!(r.length >= _e || typeof e != "object" || !e || Array.isArray(e))) for (let [n, i] of Object.entries(e)) typeof i == "object" && i && !Array.isArray(i) && t.push({
			value: i,
			at: [...r, n]
		});
	}
	return null;
}
function Y(e, t) {
	var n;
	return e === null || (n = J(1, e).platform) == null ? t : n;
}
// src/decode/relay/dev-host.ts
function X(e) {
	let t = e.split(".");
	if (t.length !== 4) return null;
	let n = 0;
	for (let e of t) {
		if (!/^\d{1,3}$/.test(e)) return null;
		let t = Number(e);
		if (t > 255) return null;
		n = n * 256 + t;
	}
	return n;
}
function xe(e) {
	var t;
	let [n = "", r = "32"] = e.split("/"), i = Number(r), a = i === 0 ? 0 : 4294967295 << 32 - i >>> 0;
	return {
		base: (((t = X(n)) == null ? 0 : t) & a) >>> 0,
		mask: a
	};
}
var { names: Se, suffixes: Ce, ipv4Cidrs: we, ipv6: Te, ipv6UniqueLocal: Ee } = q.devHosts, De = new Set(Se), Oe = we.map(xe), ke = new Set(Te);
function Z(e) {
	let t = e.toLowerCase().replace(/\.$/, "");
	if (De.has(t) || Ce.some((e) => t.endsWith(e))) return !0;
	let n = X(t);
	if (n !== null) return Oe.some((e) => (n & e.mask) >>> 0 === e.base);
	if (t.startsWith("[") && t.endsWith("]")) {
		let e = t.slice(1, -1);
		return ke.has(e) ? !0 : Ee && /^f[cd][0-9a-f]{0,2}:/.test(e);
	}
	return !1;
}
// src/decode/relay/path-rules.ts
var Ae = q.wecomPathPrefixes, je = new RegExp(q.pathPrefixes.map(l).join("|")), Me = new RegExp(q.pathPrefixes.map((e) => l(e).replace(/\\\//g, "[/\\\\]")).join("|"));
function Q(e) {
	var t, n;
	return (t = (n = je.exec(e)) == null ? void 0 : n.index) == null ? -1 : t;
}
function $(e) {
	return Ae.some((t) => e === t || e.startsWith(t.endsWith("/") ? t : `${t}/`) || e.startsWith(`${t}?`)) ? "wecom" : "weixin";
}
function Ne(e, t) {
	if (u(e) && !Me.test(e)) return null;
	let n = _(e);
	if (!n) return null;
	let r = Q(n.pathname);
	if (r < 0) return null;
	let i = n.hostname.toLowerCase();
	if (!t && !Z(i)) return null;
	let a = n.pathname.slice(r);
	return {
		host: i,
		path: a,
		platform: $(a)
	};
}
// src/decode/relay/decode-relayed.ts
var Pe = 262144, Fe = (e) => /^(application|text)\/([\w.+-]*\+)?json\b/i.test(e.trim());
function Ie(e, t) {
	if (e.method.toUpperCase() === "OPTIONS") return null;
	let n = b(t.rules, e.url);
	if (n) return {
		by: "user-rule",
		compiled: n.compiled,
		host: n.host,
		path: n.path
	};
	let r = Ne(e.url, t.settings.pathRulesEverywhere);
	return r ? {
		by: "path-rule",
		...r
	} : t.settings.autoDetect && Fe(e.mimeType) && (e.size === null || e.size <= 262144) ? { by: "auto" } : null;
}
function Le(e) {
	try {
		let t = new URL(e);
		return {
			host: t.hostname.toLowerCase(),
			pathname: t.pathname
		};
	} catch {
		return {
			host: "",
			pathname: ""
		};
	}
}
function Re(e) {
	let t = o(e);
	return t ? c(t.slice(0, -1)) : "";
}
function ze(e, t) {
	var r;
	if (t.by === "user-rule") {
		let n = t.compiled.rule, r = Q(t.path), i = r >= 0 ? t.path.slice(r) : t.path, a = n.platform === "auto" ? $(i) : n.platform, o = G(e, {
			platform: a,
			host: t.host,
			path: t.path
		}, (e) => x(t.compiled, e)), s = n.platform === "auto" ? Y(o.errmsg, a) : n.platform;
		return {
			...o,
			platform: s,
			relay: {
				by: "user-rule",
				ruleId: n.id,
				at: Re(n.errcodePath),
				signals: []
			}
		};
	}
	if (t.by === "path-rule") {
		let n = G(e, {
			platform: t.platform,
			host: t.host,
			path: t.path
		});
		return {
			...n,
			platform: Y(n.errmsg, t.platform),
			relay: {
				by: "path-rule",
				at: "",
				signals: []
			}
		};
	}
	let i = E(e.content, e.encoding);
	if (i.kind !== "text" || i.fullLength > 262144) return null;
	let a = be(n(i.text));
	if (!a || !a.likeness.wechat) return null;
	let { host: o, pathname: l } = Le(e.url), u = Q(l), d = (r = a.likeness.platform) == null ? $(u >= 0 ? l.slice(u) : l) : r, f = a.at;
	return {
		...G(e, {
			platform: d,
			host: o,
			path: l
		}, (e) => s(e, f)),
		relay: {
			by: "auto",
			at: c(f),
			signals: a.likeness.signals
		}
	};
}
export { G as a, re as c, v as d, o as f, de as i, y as l, ze as n, T as o, Ie as r, w as s, Pe as t, S as u };
