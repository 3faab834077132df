import { t as e } from "./secret-fields-Dtprj-3K.mjs";
// node_modules/preact/dist/preact.mjs
var t, n, r, i, a, o, s, c, l, u, d, f = Symbol.for("pv"), p = {}, m = [], h = /^m(i|n|o|s|text|space)$/, g = Array.isArray, _ = m.slice, v = Object.assign;
function y(e) {
	e && e.parentNode && e.remove();
}
function b(e, t, n) {
	var r, i, a, o = {}, s = arguments.length;
	for (a in t) a == "key" ? r = t[a] : a == "ref" && typeof e != "function" ? i = t[a] : o[a] = t[a];
	return s > 2 && (o.children = s > 3 ? _.call(arguments, 2) : n), x(e, o, r, i, null);
}
function x(e, r, i, a, o) {
	var s = {
		type: e,
		props: r,
		key: i,
		ref: a,
		__k: null,
		__: null,
		__b: 0,
		__e: null,
		__c: null,
		constructor: f,
		__v: o || ++n,
		__i: -1,
		__u: 0
	};
	return !o && t.vnode && t.vnode(s), s;
}
function S(e) {
	return e.children;
}
function C(e, t) {
	this.props = e, this.context = t, this.__g = 0;
}
function w(e, t) {
	if (t == null) return e.__ && w(e.__, e.__i + 1);
	for (var n; t < e.__k.length; t++) if ((n = e.__k[t]) && n.__e) return n.__e;
	return typeof e.type != "function" || e.props.__P ? null : w(e);
}
function T(e) {
	var n, r = e.__v, i = r.__e, a = [], o = [], s = e.__P;
	s && ((n = v({ constructor: f }, r)).__v = r.__v + 1, t.vnode && t.vnode(n), F(s, n, r, e.__n, s.namespaceURI, 32 & r.__u ? [i] : null, a, i || w(r), 32 & r.__u, o), n.__v = r.__v, n.__.__k[n.__i] = n, L(a, n, o), r.__ = r.__e = null, n.__e != i && E(n));
}
function E(e) {
	if ((e = e.__) && e.__c && !e.props.__P) return e.__e = null, e.__k.some(function(t) {
		return t && (e.__e = t.__e);
	}), E(e);
}
function D(e) {
	(8 & e.__g || (e.__g |= 8, i.push(e), o++)) && a == t.debounceRendering || ((a = t.debounceRendering) || queueMicrotask)(O);
}
function O() {
	try {
		for (var e, t = 1; i.length;) i.length > t && i.sort(s), e = i.shift(), t = i.length, 8 & e.__g && T(e);
	} finally {
		(o = i.length) && (a || queueMicrotask)(O);
	}
}
function ee(e, t, n, r, i, a, o, s, c, l, u) {
	var d, f, h, g, _, v, y = r.__k || m, b = t.length;
	for (c = k(n, t, y, c, b), d = 0; d < b; d++) (h = n.__k[d]) != null && (f = ~h.__i && y[h.__i] || p, h.__i = d, v = F(e, h, f, i, a, o, s, c, l, u), g = h.__e, (f.ref != h.ref || 8 & f.__u) && (f.ref && R(f.ref, null, h, f), h.ref && u.push(h.ref, h.__c || g, h)), _ = _ || g, 4 & h.__u ? (c = A(h, c, e, !f.__v), f.__e && (f.__e = null)) : typeof h.type == "function" && v !== void 0 ? c = v : g && (c = g.nextSibling), h.__u &= -21);
	return n.__e = _, c;
}
function k(e, t, n, r, i) {
	var a, o, s, c, l, u, d, p, m, h = n.length, _ = h, v = 0, y = 0, b = e.__k = Array(i);
	for (a = 0; a < i; a++) (o = t[a]) != null && typeof o != "boolean" && typeof o != "function" ? (typeof o != "object" || o.constructor === String ? o = b[a] = x(null, o) : g(o) ? o = b[a] = x(S, { children: o }) : o.constructor === f && o.__b ? o = b[a] = x(o.type, o.props, o.key, o.ref, o.__v) : b[a] = o, c = a + v, o.__ = e, o.__b = e.__b + 1, s = null, ~(l = o.__i = j(o, n, c, _)) && (_--, (s = n[l]) && (s.__u |= 2)), s && s.__v ? (o.__u |= 16, l == c - 1 ? v-- : l == c + 1 ? v++ : l != c && (l > c ? v-- : v++, y = 1)) : (~l || (i > h ? v-- : i < h && v++), typeof o.type != "function" && (o.__u |= 4))) : b[a] = null;
	if (y) {
		for (u = [], d = [], a = 0; a < i; a++) if ((o = b[a]) && 16 & o.__u) {
			for (v = 0, p = u.length; v < p;) u[m = v + p >> 1] < o.__i ? v = m + 1 : p = m;
			u[v] = o.__i, d[a] = v + 1;
		}
		for (v = u.length; a--;) d[a] && (d[a] == v ? v-- : b[a].__u |= 4);
	}
	if (_) for (a = 0; a < h; a++) !(s = n[a]) || 2 & s.__u || (s.__e == r && (r = w(s)), z(s, s));
	return r;
}
function A(e, t, n, r) {
	var i, a, o, s;
	if (typeof e.type == "function") {
		if (e.props.__P) return t;
		if (i = e.__k) for (a = 0; a < i.length; a++) i[a] && (i[a].__ = e, t = A(i[a], t, n, !1));
		return t;
	}
	for (t && !t.parentNode && (t = w(e)) && !t.parentNode && (t = null), o = e.__e, s = t; s && s.nodeType == 8;) s = s.nextSibling;
	for (o != s && (!r && n.moveBefore && o.parentNode ? n.moveBefore(o, t) : n.insertBefore(o, t || null)), t = o; (t = t && t.nextSibling) && t.nodeType == 8 && !t.data.startsWith("$s"););
	return t;
}
function j(e, t, n, r) {
	var i, a = e.key, o = e.type, s = t[n], c = s && !(2 & s.__u);
	if (s === null && a == null || c && a == s.key && o == s.type) return n;
	if (r > +!!c) {
		for (i = n - 1; i >= 0; i--) if ((s = t[i]) && !(2 & s.__u) && a == s.key && o == s.type) return i;
		for (i = n + 1; i < t.length; i++) if ((s = t[i]) && !(2 & s.__u) && a == s.key && o == s.type) return i;
	}
	return -1;
}
function M(e, t, n) {
	n == null && (n = ""), t[0] == "-" ? e.setProperty(t, n) : e[t] = n;
}
function N(e, t, n, r, i) {
	var a, o;
	if (t == "style") {
		if (typeof n == "string") e.style.cssText = n;
		else {
			if (typeof r == "string" && (e.style.cssText = r = ""), r) for (t in r) n && t in n || M(e.style, t);
			if (n) for (t in n) r && n[t] == r[t] || M(e.style, t, n[t]);
		}
	} else if (t[0] == "o" && t[1] == "n") typeof n != "function" && (n = null), typeof r != "function" && (r = null), (e.__e || (e.__e = {}))[t] = n, n && r || (o = d[t] || (d[t] = P(t)), (e.__a || (e.__a = {}))[t] = u, a = t != (t = t.replace(l, "$1")), (t = t.slice(2))[0] < "a" && (t = t.toLowerCase()), n ? e.addEventListener(t, o, a) : e.removeEventListener(t, o, a));
	else {
		if (i == "http://www.w3.org/2000/svg") t = t.replace(/xlink(H|:h)/, "h").replace(/sName$/, "s");
		else if (t != "width" && t != "height" && t != "href" && t != "list" && t != "form" && t != "tabIndex" && t != "download" && t != "rowSpan" && t != "colSpan" && t != "role" && t != "popover" && t in e) try {
			e[t] = n == null ? "" : n;
			return;
		} catch {}
		if (typeof n == "function") return;
		n == null || !1 === n && t[4] != "-" ? e.removeAttribute(t) : e.setAttribute(t, t == "popover" && n == 1 ? "" : n);
	}
}
function P(e) {
	return function(n) {
		var r = this.__e;
		if (r) {
			if (r = r[e], n[c] == null) n[c] = u++;
			else if (n[c] < this.__a[e]) return;
			return r(t.event ? t.event(n) : n);
		}
	};
}
function F(e, n, r, i, a, o, s, c, l, u) {
	var d, p, h, _, b, x, T, E, D, O, k, A, j, M, N, P, F, L, R = n.type;
	if (n.constructor !== f) return null;
	128 & r.__u && (l = 32 & r.__u, d = r.__c.__z) && (n.__u |= l, p = o = [], d.nodeType == 8 ? c = I(d, o) : o.push(d), c = o[0] || c), (d = t.__b) && d(n);
	n: if (typeof R == "function") {
		h = s.length;
		try {
			if (E = n.props, D = (d = R.prototype) && d.render, O = (d = R.contextType) && i[d.__c], k = d ? O ? O.props.value : d.__ : i, (_ = r.__c) ? (n.__c = _, 2 & _.__g && (_.__g |= 1)) : (D ? n.__c = _ = new R(E, k) : (n.__c = _ = new C(E, k), _.constructor = R, _.render = re), O && O.sub(_), _.state || (_.state = {}), _.__n = i, _.__g |= 8, _.__h = [], _.__k = []), D && (_.__s || (_.__s = _.state), R.getDerivedStateFromProps && (_.__s == _.state && (_.__s = v({}, _.__s)), v(_.__s, R.getDerivedStateFromProps(E, _.__s)))), b = _.props, x = _.state, _.__v = n, r.__c) {
				if (E !== b && D && !R.getDerivedStateFromProps && _.componentWillReceiveProps && _.componentWillReceiveProps(E, k), n.__v == r.__v && !(8 & _.__g) || !(4 & _.__g) && _.shouldComponentUpdate && !1 === _.shouldComponentUpdate(E, _.__s, k)) {
					n.__v != r.__v && (_.props = E, _.state = _.__s, _.__g &= -9), n.__e = r.__e, n.__k = r.__k, n.__k.some(function(e) {
						e && (e.__ = n);
					}), m.push.apply(_.__h, _.__k), _.__k = [], _.__h.length && s.push(_), c = w(r);
					break n;
				}
				_.componentWillUpdate && _.componentWillUpdate(E, _.__s, k), D && _.componentDidUpdate && _.__h.push(function() {
					_.componentDidUpdate(b, x, T);
				});
			} else D && !R.getDerivedStateFromProps && _.componentWillMount && _.componentWillMount(), D && _.componentDidMount && _.__h.push(_.componentDidMount);
			_.context = k, _.props = E, _.__P = e, _.__g &= -5, A = t.__r, j = D ? 25 : 0;
			do
				_.__g &= -9, A && A(n), d = _.render(_.props, _.state = _.__s, _.context);
			while (8 & _.__g && ++j < 25);
			D && (m.push.apply(_.__h, _.__k), _.__k = []), _.state = _.__s, _.getChildContext && (i = v({}, i, _.getChildContext())), D && r.__c && _.getSnapshotBeforeUpdate && (T = _.getSnapshotBeforeUpdate(b, x)), M = d && d.type === S && d.key == null ? d.props.children : d, E.__P && (d = c, a = (e = E.__P).namespaceURI, l = o = null, r.props && r.props.__P != e && (r.__k.some(function(e) {
				e && z(e, e);
			}), r.__k = null), c = r.__k ? w(r, 0) : null), c = ee(e, g(M) ? M : [M], n, r, i, a, o, s, c, l, u), E.__P && (n.__e = null, c = d), n.__u &= -161, p && p.some(y), _.__h.length && s.push(_), 1 & _.__g && (_.__g &= -4);
		} catch (e) {
			if (s.length = h, n.__v = null, l || o) {
				if (e && e.then) {
					if (n.__u |= 128 | l, o) {
						for (~(F = o.indexOf(c || void 0)) || (F = o.length); (L = o[F - 1]) && L.nodeType == 8;) F--;
						for (; F < o.length; F++) if (L = o[F]) {
							if (o[F] = null, N) {
								if (L == P) break;
							} else {
								if (L.nodeType != 8) break;
								L.data.startsWith("$s") && (P = I(N = L));
							}
						}
					}
					if (!N) {
						for (; c && c.nodeType == 8 && c.nextSibling;) c = c.nextSibling;
						N = c;
					}
					(d = I(N = n.__c.__z || (n.__c.__z = N))) ? (n.__e = N, c = d) : n.__e = c, c = c && c.nextSibling;
				} else o && o.some(y);
			} else n.__e = r.__e;
			n.__k || (n.__k = r.__k || []), e && e.then || te(n), t.__e(e, n, r);
		}
	} else c = n.__e = ne(r.__e, n, r, i, a, o, s, l, u, e);
	return (d = t.diffed) && d(n), c;
}
function I(e, t) {
	if (e && e.nodeType == 8 && e.data.startsWith("$s")) for (var n = 1; e = e.nextSibling;) {
		if (e.nodeType == 8) {
			if (e.data.startsWith("$s")) n++;
			else if (e.data.startsWith("/$s") && !--n) return e;
		}
		t && t.push(e);
	}
}
function te(e) {
	e && (e.__c && (e.__c.__g |= 4), e.__k && e.__k.some(te));
}
function L(e, n, r) {
	for (var i = 0; i < r.length;) R(r[i++], r[i++], r[i++]);
	t.__c && t.__c(n, e), e.some(function(n) {
		try {
			e = n.__h, n.__h = [], e.some(function(e) {
				e.call(n);
			});
		} catch (e) {
			t.__e(e, n.__v);
		}
	});
}
function ne(e, n, r, i, a, o, s, c, l, u) {
	var d, f, m, v, b, x, S, C, T = r.props || p, E = n.props, D = n.type;
	if (D == "svg" ? a = "http://www.w3.org/2000/svg" : D == "math" ? a = "http://www.w3.org/1998/Math/MathML" : a || (a = "http://www.w3.org/1999/xhtml"), o) {
		for (d = 0; d < o.length; d++) if ((b = o[d]) && (D ? b.localName == D : b.nodeType == 3)) {
			e = b, o[d] = null;
			break;
		}
	}
	if (!e) {
		if (C = u.ownerDocument || document, !D) return C.createTextNode(E);
		e = C.createElementNS(a, D, E.is ? E : u), c && (t.__m && t.__m(n, o), c = !1), o = null;
	}
	if (D) {
		if (u = D == "template" && e.content || e, o = D == "textarea" && E.defaultValue != null ? null : o && _.call(u.childNodes), !c && o) for (T = {}, d = 0; d < e.attributes.length; d++) T[(b = e.attributes[d]).name] = b.value;
		for (d in T) b = T[d], d == "dangerouslySetInnerHTML" ? m = b : d == "children" || d in E || d == "value" && "defaultValue" in E || d == "checked" && "defaultChecked" in E || N(e, d, null, b, a);
		for (d in E) b = E[d], d == "children" ? v = b : d == "dangerouslySetInnerHTML" ? f = b : d == "value" ? x = b : d == "checked" ? S = b : c && typeof b != "function" || T[d] === b || N(e, d, b, T[d], a);
		f ? (c || m && (f.__html == m.__html || f.__html == e.innerHTML) || (e.textContent = f.__html), n.__k = []) : (m && (e.textContent = ""), (D == "foreignObject" || a == "http://www.w3.org/1998/Math/MathML" && h.test(D)) && (a = "http://www.w3.org/1999/xhtml"), ee(u, g(v) ? v : [v], n, r, i, a, o, s, o ? o[0] : r.__k && w(r, 0), c, l), o && o.some(y)), c && D != "textarea" || (d = "value", D == "progress" && x == null ? e.removeAttribute(d) : x == null || x === e[d] && (D != "progress" || x) || N(e, d, x, T[d], a), d = "checked", S != null && S != e[d] && N(e, d, S, T[d], a));
	} else T === E || c && e.data == E || (e.data = E);
	return e;
}
function R(e, n, r, i) {
	try {
		typeof e == "function" ? n ? n.__x = e(n) || 1 : i && (i = i.__c || i.__e) && (n = i.__x) && (i.__x = null, typeof n == "function" ? n() : e(null)) : e.current = n;
	} catch (e) {
		t.__e(e, r);
	}
}
function z(e, n, r) {
	var i, a, o, s;
	if (t.unmount && t.unmount(e), !(i = e.ref) || i.current && i.current != e.__e || R(i, null, n, e), i = e.__c) {
		if (i.componentWillUnmount) try {
			i.componentWillUnmount();
		} catch (e) {
			t.__e(e, n);
		}
		i.__P = i.__n = null;
	}
	if (i = e.__k) for (s = 0; s < i.length; s++) i[s] && z(i[s], n, typeof e.type != "function" || r && !e.props.__P);
	!r && (i = e.__c) && (i = i.__z) && (a = I(i, o = [])) && (i == e.__e && o.some(y), y(a), y(i)), r || y(e.__e), e.__e = e.__c = e.__ = null;
}
function re(e, t, n) {
	return this.constructor(e, n);
}
function ie(e, n) {
	var r, i, a, o;
	t.__ && t.__(e, n), n.nodeType == 9 && (n = n.documentElement), i = (r = e && 32 & e.__u) ? null : n.__k, n.__k = x(S, { children: [e] }), a = [], o = [], F(n, n.__k, i || p, p, n.namespaceURI, i ? null : n.firstChild ? _.call(n.childNodes) : null, a, i ? i.__e : n.firstChild, r, o), L(a, n.__k, o), n.__k.props.children = null;
}
t = { __e: function(e, t, n, r) {
	for (var i, a, s; t = t.__;) if ((i = t.__c) && !(1 & i.__g)) {
		i.__g |= 4;
		try {
			if ((s = (a = i.constructor) && a.getDerivedStateFromError) && i.setState(a.getDerivedStateFromError(e)), i.componentDidCatch && (i.componentDidCatch(e, r || {}), s = 1), s && 8 & i.__g) return void (i.__g |= 2);
		} catch (t) {
			e = t;
		}
	}
	throw o = 0, e;
} }, n = 0, r = function(e) {
	return e != null && e.constructor === f;
}, C.prototype.setState = function(e, t) {
	var n = this.__s;
	n && n != this.state || (n = this.__s = v({}, this.state)), typeof e == "function" && (e = e(v({}, n), this.props)), e && (v(n, e), this.__v && (t && this.__k.push(t), D(this)));
}, C.prototype.forceUpdate = function(e) {
	this.__v && (this.__g |= 4, e && this.__h.push(e), D(this));
}, C.prototype.render = S, i = [], o = 0, s = function(e, t) {
	return e.__v.__b - t.__v.__b;
}, c = Symbol(), l = /(PointerCapture)$|Capture$/i, u = 0, d = {};
// node_modules/preact/hooks/dist/hooks.mjs
var B, V, H, ae, U = Object.is, W = 0, oe = [], G = [], K = t, se = K.__b, ce = K.__r, le = K.diffed, ue = K.__c, de = K.unmount, fe = K.__;
function q(e, t) {
	K.__h && K.__h(V, e, W || t), W = 0;
	var n = V.__H || (V.__H = {
		__: [],
		__h: []
	});
	return e >= n.__.length && n.__.push({}), n.__[e];
}
function pe(e) {
	return W = 1, me(Ce, e);
}
function me(e, t, n) {
	var r = q(B++, 2);
	if (r.t = e, !r.__c && (r.__ = [n ? n(t) : Ce(void 0, t), function(e) {
		var t = (r.__N || r.__)[0], n = r.t(t, e);
		U(t, n) || (r.__N = [n, r.__[1]], r.__c.setState({}));
	}], r.__c = V, !V.__f)) {
		V.__f = !0;
		var i = V.shouldComponentUpdate;
		V.shouldComponentUpdate = function(e, t, n) {
			var r = this.__H;
			if (!r) return !0;
			var a = !1, o = this.props != e;
			if (r.__.some(function(e) {
				e.__N && (a = !0, U(e.__[0], e.__N[0]) || (o = !0));
			}), i) {
				var s = i.call(this, e, t, n);
				return a ? s || o : s;
			}
			return !a || o;
		};
	}
	return r.__;
}
function he(e, t) {
	var n = q(B++, 3);
	!K.__s && X(n.__H, t) && (n.__P = !0, n.__ = e, n.u = t, V.__H.__h.push(n));
}
function ge(e, t) {
	var n = q(B++, 4);
	!K.__s && X(n.__H, t) && (n.__P = !1, n.__ = e, n.u = t, V.__h.push(n));
}
function _e(e) {
	return W = 5, ve(function() {
		return { current: e };
	}, []);
}
function ve(e, t) {
	var n = q(B++, 7);
	return X(n.__H, t) && (n.__ = e(), n.__H = t), n.__;
}
function ye() {
	var e;
	do {
		for (; e = G.shift();) try {
			J(e);
		} catch (t) {
			K.__e(t, { __: (e = e.__P) && e.__v });
		}
		for (; e = oe.shift();) {
			var t = e.__H;
			if (e.__P && t) try {
				t.__h.some(J), t.__h.some(Y), t.__h = [];
			} catch (n) {
				t.__h = [], K.__e(n, e.__v);
			}
		}
	} while (G.length);
}
K.__b = function(e) {
	V = null, se && se(e);
}, K.__ = function(e, t) {
	e && t.__k && t.__k.__m && (e.__m = t.__k.__m), fe && fe(e, t);
}, K.__r = function(e) {
	ce && ce(e), B = 0;
	var t = (V = e.__c).__H;
	t && (H == V ? V.__h = [] : (t.__h.some(J), t.__h.some(Y), B = 0), t.__h = [], t.__.some(function(e) {
		e.__N && (e.__ = e.__N), e.u = e.__N = void 0;
	})), H = V;
}, K.diffed = function(e) {
	le && le(e);
	var t = e.__c;
	t && t.__H && (t.__H.__h.length && Se(oe.push(t)), t.__H.__.some(function(e) {
		e.u && (e.__H = e.u);
	})), H = V = null;
}, K.__c = function(e, t) {
	t.some(function(e) {
		try {
			e.__h.some(J), e.__h = e.__h.filter(function(e) {
				return !e.__ || Y(e);
			});
		} catch (t) {
			e.__h = [function() {
				throw t;
			}];
		}
	}), ue && ue(e, t);
}, K.unmount = function(e) {
	de && de(e);
	var t, n, r = e.__c;
	r && r.__H && (r.__H.__.some(function(r) {
		try {
			if (r.__P && r.__c) {
				if (n === void 0) {
					for (n = e.__; n && (!n.__c || !n.__c.__P);) n = n.__;
					n = n && n.__c;
				}
				r.__P = n, Se(G.push(r));
			} else J(r);
		} catch (e) {
			t = e;
		}
	}), r.__H = void 0, t && K.__e(t, r.__v));
};
var be = typeof requestAnimationFrame == "function";
function xe(e) {
	var t, n = function() {
		clearTimeout(r), be && cancelAnimationFrame(t), setTimeout(e);
	}, r = setTimeout(n, 35);
	be && (t = requestAnimationFrame(n));
}
function Se(e) {
	e != 1 && ae == K.requestAnimationFrame || ((ae = K.requestAnimationFrame) || xe)(ye);
}
function J(e) {
	var t = V, n = e.__c;
	typeof n == "function" && (e.__c = void 0, n()), V = t;
}
function Y(e) {
	var t = V;
	e.__c = e.__(), V = t;
}
function X(e, t) {
	return !e || e.length != t.length || t.some(function(t, n) {
		return !U(t, e[n]);
	});
}
function Ce(e, t) {
	return typeof t == "function" ? t(e) : t;
}
// src/decode/mask.ts
var we = new Set(e.names.map((e) => e.toLowerCase()));
function Z(e) {
	return we.has(e.toLowerCase());
}
function Q(e) {
	return e.length === 0 ? e : e.length >= 16 ? `***${e.slice(-4)}` : "***";
}
function Te(e) {
	let t = e.indexOf("?");
	if (t < 0) return e;
	let n = e.indexOf("#", t), r = n < 0 ? e.slice(t + 1) : e.slice(t + 1, n), i = n < 0 ? "" : e.slice(n);
	return `${e.slice(0, t + 1)}${Ee(r)}${i}`;
}
function Ee(e) {
	return e.split("&").map((e) => {
		let t = e.indexOf("=");
		if (t < 0) return e;
		let n = e.slice(0, t), r = n;
		try {
			r = decodeURIComponent(n.replace(/\+/g, " "));
		} catch {}
		return Z(r) ? `${n}=${Q(e.slice(t + 1))}` : e;
	}).join("&");
}
function $(e) {
	return Array.isArray(e) ? e.map($) : typeof e == "object" && e ? Object.fromEntries(Object.entries(e).map(([e, t]) => [e, Z(e) && (typeof t == "string" || typeof t == "number") ? Q(String(t)) : $(t)])) : e;
}
var De = /("([A-Za-z0-9_-]+)"\s*:\s*)"((?:[^"\\]|\\.)*)"/g;
function Oe(e) {
	let t = e.trimStart();
	if (t.startsWith("{") || t.startsWith("[")) try {
		return JSON.stringify($(JSON.parse(t)), null, 2);
	} catch {
		return e.replace(De, (e, t, n, r) => Z(n) ? `${t}"${Q(r)}"` : e);
	}
	return /^[^\s=&]+=[^\s&]*(&[^\s=&]+=[^\s&]*)*$/.test(e.trim()) ? Ee(e.trim()) : e;
}
function ke(e) {
	return e.map((e) => Z(e.name) ? {
		name: e.name,
		value: Q(e.value)
	} : e);
}
var Ae = {
	url: (e) => e,
	body: (e) => e,
	headers: (e) => [...e]
}, je = {
	url: Te,
	body: Oe,
	headers: ke
};
function Me(e) {
	return e ? Ae : je;
}
// node_modules/preact/jsx-runtime/dist/jsxRuntime.mjs
var Ne = Symbol.for("pv"), Pe = 0;
Array.isArray;
function Fe(e, n, r, i, a, o) {
	n || (n = {});
	var s, c, l = n;
	if ("ref" in l && typeof e != "function") for (c in l = {}, n) c == "ref" ? s = n[c] : l[c] = n[c];
	var u = {
		type: e,
		props: l,
		key: r,
		ref: s,
		__k: null,
		__: null,
		__b: 0,
		__e: null,
		__c: null,
		constructor: Ne,
		__v: --Pe,
		__i: -1,
		__u: 0
	};
	return (a || o) && (u.__source = a, u.__self = o), t.vnode && t.vnode(u), u;
}
export { he as a, pe as c, ie as d, b as f, C as h, Me as i, ve as l, r as m, Te as n, ge as o, t as p, Q as r, _e as s, Fe as t, S as u };
