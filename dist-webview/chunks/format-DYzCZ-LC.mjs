// src/decode/jssdk/errmsg.ts
var e = /^\s*([A-Za-z_$][\w$.]*)\s*:/, t = [
	/错误码\s*[:：]\s*(-?\d{1,10})/,
	/\bhint:\s*'[^']*:(-?\d{1,10})'/i,
	/[?&]e=(-?\d{1,10})(?!\d)/
], n = /[a-z0-9]/, r = /^[a-z_]+$/i;
function i(e) {
	for (let n of t) {
		let t = n.exec(e);
		if ((t == null ? void 0 : t[1]) !== void 0) return Number(t[1]);
	}
	return null;
}
function a(e, t) {
	var r, i;
	let a = n.test((r = t[0]) == null ? "" : r), o = n.test((i = t[t.length - 1]) == null ? "" : i);
	for (let r = e.indexOf(t); r !== -1; r = e.indexOf(t, r + 1)) {
		var s, c;
		let i = (s = e[r - 1]) == null ? " " : s, l = (c = e[r + t.length]) == null ? " " : c;
		if ((!a || !n.test(i)) && (!o || !n.test(l))) return !0;
	}
	return !1;
}
function o(e, t, n, i) {
	let o = e.apis.includes("*"), s = n == null ? void 0 : n.toLowerCase();
	if (!o && n !== null && !e.apis.some((e) => e.toLowerCase() === s)) return null;
	let c = i !== null && e.codes.includes(i), l = 0;
	for (let i of e.patterns) (n !== null || o || !r.test(i)) && i.length > l && a(t, i.toLowerCase()) && (l = i.length);
	return c || l > 0 ? {
		entry: e,
		byCode: c,
		patternLength: l
	} : null;
}
function s(e, t) {
	return e.byCode === t.byCode ? e.patternLength > t.patternLength : e.byCode;
}
function c(t, n) {
	var r, a, c, l, u, d;
	let f = typeof t == "string" ? t : "", p = e.exec(f), m = (r = p == null ? void 0 : p[1]) == null ? null : r, h = (p ? f.slice(p[0].length) : f).toLowerCase(), g = i(f), _ = null;
	for (let e of n.errors) {
		let t = o(e, h, m, g);
		t && (!_ || s(t, _)) && (_ = t);
	}
	let v = (a = _ == null ? void 0 : _.entry) == null ? null : a;
	return {
		errMsg: f,
		api: m,
		known: v !== null,
		id: (c = v == null ? void 0 : v.id) == null ? null : c,
		code: g,
		meaning: v ? {
			zh: v.zh,
			en: v.en
		} : null,
		causes: (l = v == null ? void 0 : v.causes) == null ? null : l,
		fixes: (u = v == null ? void 0 : v.fixes) == null ? null : u,
		docUrl: (d = v == null ? void 0 : v.docUrl) == null ? null : d
	};
}
var l = [
	"errMsg",
	"err_msg",
	"errmsg"
], u = [
	"err_Info",
	"err_info",
	"errInfo"
];
function d(e, t) {
	for (let n of t) {
		let t = e[n];
		if (typeof t == "string" && t.trim() !== "") return t;
	}
	return null;
}
function f(e, t) {
	let n = [
		d(e, l),
		d(e, u),
		d(e, ["hint"]),
		e instanceof Error ? `${e.name}: ${e.message}` : null
	], r = [];
	for (let e of n) e !== null && !r.some((t) => t.includes(e)) && r.push(e);
	if (r.length > 0) return r.join(" ");
	let i = e.detail;
	return !t && typeof i == "object" && i ? f(i, !0) : "";
}
function p(e) {
	try {
		if (typeof e == "string") {
			if (!e.trimStart().startsWith("{")) return e;
			try {
				let t = JSON.parse(e), n = typeof t == "object" && t ? f(t, !1) : "";
				return n === "" ? e : n;
			} catch {
				return e;
			}
		}
		return typeof e == "number" || typeof e == "boolean" || typeof e == "bigint" ? String(e) : typeof e == "object" && e ? f(e, !1) : "";
	} catch {
		return "";
	}
}
// src/view/format.ts
function m(e) {
	let t = new Date(e);
	if (Number.isNaN(t.getTime())) return "";
	let n = (e, t = 2) => String(e).padStart(t, "0");
	return `${n(t.getHours())}:${n(t.getMinutes())}:${n(t.getSeconds())}.${n(t.getMilliseconds(), 3)}`;
}
function h(e) {
	return !Number.isFinite(e) || e < 0 ? "" : e < 1e3 ? `${Math.round(e)} ms` : `${(e / 1e3).toFixed(2)} s`;
}
export { p as i, h as n, c as r, m as t };
