// src/decode/errcode.ts
function e(e) {
	return typeof e == "number" && Number.isInteger(e) ? e : typeof e == "string" && /^\s*-?\d{1,12}\s*$/.test(e) ? Number(e) : null;
}
function t(t) {
	if (typeof t != "object" || !t || Array.isArray(t)) return {
		errcode: null,
		errmsg: null
	};
	let n = t, r = n.errmsg;
	return {
		errcode: e(n.errcode),
		errmsg: typeof r == "string" ? r : null
	};
}
function n(e) {
	let t = e.trimStart();
	if (t.startsWith("{") || t.startsWith("[")) try {
		return JSON.parse(t);
	} catch {
		return;
	}
}
export { t as n, e as r, n as t };
