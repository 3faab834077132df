// src/decode/knowledge/lookup.ts
function e(e, t) {
	return e.endsWith("/") ? t.startsWith(e) : t === e;
}
function t(t, n, r, i) {
	var a;
	if (i !== void 0) return (a = t.overrides[n][String(r)]) == null ? void 0 : a.find((t) => t.paths.some((t) => e(t, i)));
}
function n(e, n, r, i) {
	var a, o, s, c, l, u;
	let d = e.codes[n][String(r)], f = t(e, n, r, i), p = e.platforms[n];
	return {
		platform: n,
		code: r,
		known: d !== void 0 || f !== void 0,
		meaning: f ? {
			zh: f.zh,
			en: f.en
		} : d ? {
			zh: d.zh,
			en: d.en
		} : null,
		legacy: (d == null ? void 0 : d.legacy) === !0,
		causes: (a = (o = f == null ? void 0 : f.causes) == null ? d == null ? void 0 : d.causes : o) == null ? null : a,
		fixes: (s = (c = f == null ? void 0 : f.fixes) == null ? d == null ? void 0 : d.fixes : c) == null ? null : s,
		note: (l = d == null ? void 0 : d.note) == null ? null : l,
		docUrl: (u = d == null ? void 0 : d.docUrl) == null ? p.docUrl : u,
		queryUrl: p.codeQueryUrl ? p.codeQueryUrl.replace("{code}", String(r)) : null
	};
}
function r(e, t, n) {
	var r;
	let i = (r = e.endpoints[t][n]) == null ? e.endpoints[t][n.replace(/\/+$/, "")] : r;
	return i ? {
		zh: i.zh,
		en: i.en
	} : null;
}
var i = {
	zh: "你的服务器公网出口 IP",
	en: "your server's public egress IP"
};
function a(e, t, n) {
	return !e.causes || !e.fixes ? null : {
		causes: e.causes[t],
		fixes: e.fixes[t].map((e) => o(e, n, i[t]))
	};
}
function o(e, t, n) {
	return e.replaceAll("{clientIp}", t == null ? n : t);
}
function s(e, t, n) {
	var r, i, a;
	if (t !== "weixin") return t;
	let o = (r = e.endpoints.weixin[n]) == null ? void 0 : r.product;
	return (i = o == null ? (a = e.productPrefixes.find(([e]) => n.startsWith(e))) == null ? void 0 : a[1] : o) == null ? "common" : i;
}
export { s as a, a as i, r as n, o as r, n as t };
