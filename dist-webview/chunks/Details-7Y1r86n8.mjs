import { c as e, i as t, t as n, u as r } from "./jsxRuntime-GQBGxKrO.mjs";
import { a as i, i as a, n as o, r as s, t as c } from "./lookup-BpKCSpNv.mjs";
import { t as l } from "./errcode-MF9y4TQJ.mjs";
import { n as u, t as d } from "./Field-UJtC-gdt.mjs";
// src/decode/errmsg.ts
var f = /\brid:\s*([0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8})\b/i, p = /\bhints:\s*\[\s*(?:req_id:\s*)?([^\]\s]+)\s*\]/i, m = /\bhint:\s*\[\s*([^\]]*?)\s*\]/i, h = /\bfrom ip:\s*([0-9a-f.:]+[0-9a-f])/i, g = /\binvalid ip\s+([0-9a-f.:]+[0-9a-f])/i, _ = /\b(?:more info at|more details at|view more at)\s+(https?:\/\/[^\s,]+)/i, v = /warning:\s*wrong json format\./i;
function y(e) {
	let t = parseInt(e.slice(0, 8), 16);
	return t < 1420070400 || t > 4102444800 ? null : (/* @__PURE__ */ new Date(t * 1e3)).toISOString();
}
function b(e) {
	return e.replace(/^::ffff:/i, "");
}
function x(e) {
	var t, n, r, i, a, o, s, c, l, u, d;
	let x = (t = (n = f.exec(e)) == null ? void 0 : n[1]) == null ? null : t, S = (r = (i = (a = h.exec(e)) == null ? void 0 : a[1]) == null ? (o = g.exec(e)) == null ? void 0 : o[1] : i) == null ? null : r;
	return {
		text: e,
		rid: x,
		ridTime: x ? y(x) : null,
		hint: (s = (c = p.exec(e)) == null ? void 0 : c[1]) == null ? ((l = m.exec(e)) == null ? void 0 : l[1]) || null : s,
		clientIp: S ? b(S) : null,
		moreInfoUrl: (u = (d = _.exec(e)) == null ? void 0 : d[1]) == null ? null : u,
		jsonWarning: v.test(e)
	};
}
// src/view/copy-formats.ts
var S = 4e3, C = {
	zh: {
		title: "微信接口调用失败",
		endpoint: "接口",
		product: "产品",
		time: "时间",
		status: "HTTP 状态",
		errcode: "errcode",
		meaning: "含义",
		errmsg: "errmsg",
		rid: "rid",
		ridTime: "调用时间（取自 rid）",
		clientIp: "调用方 IP",
		causes: "常见原因",
		fixes: "解决步骤",
		request: "请求",
		response: "响应",
		noBody: "（浏览器没有保留响应体）",
		doc: "文档",
		unknown: "（知识库中没有此错误码）",
		cut: "…（已截断）"
	},
	en: {
		title: "WeChat API call failed",
		endpoint: "Endpoint",
		product: "Product",
		time: "Time",
		status: "HTTP status",
		errcode: "errcode",
		meaning: "Meaning",
		errmsg: "errmsg",
		rid: "rid",
		ridTime: "call time (from rid)",
		clientIp: "caller IP",
		causes: "Causes",
		fixes: "How to fix",
		request: "Request",
		response: "Response",
		noBody: "(the browser kept no response body)",
		doc: "Docs",
		unknown: "(not in the knowledge base)",
		cut: "… (truncated)"
	}
};
function w(e, t = "") {
	let n = e.includes("```") ? "````" : "```";
	return `${n}${t}\n${e}\n${n}`;
}
function T(e) {
	return e.body.kind === "json" || e.body.kind === "text" ? e.body.text : null;
}
function E(e, t, n, r) {
	var s, l, u, d;
	let f = C[n], p = o(t, e.platform, e.path), m = e.errcode === null ? null : c(t, e.platform, e.errcode, e.path), h = e.errmsg ? x(e.errmsg) : null, g = m ? a(m, n, (s = h == null ? void 0 : h.clientIp) == null ? null : s) : null, _ = [
		`### ${f.title}: ${(l = e.errcode) == null ? e.status : l} ${p ? p[n] : e.path}`,
		"",
		`- **${f.endpoint}:** \`${e.method} ${e.path}\`${p ? ` (${p[n]})` : ""}`,
		`- **${f.product}:** ${i(t, e.platform, e.path)} (${e.host})`,
		`- **${f.time}:** ${e.startedDateTime}`,
		`- **${f.status}:** ${e.status || "—"}`
	];
	e.errcode !== null && _.push(`- **${f.errcode}:** ${e.errcode}`, `- **${f.meaning}:** ${(u = m == null || (d = m.meaning) == null ? void 0 : d[n]) == null ? f.unknown : u}`), h && (_.push(`- **${f.errmsg}:** \`${h.text}\``), h.rid && _.push(`- **${f.rid}:** \`${h.rid}\`${h.ridTime ? ` (${f.ridTime}: ${h.ridTime})` : ""}`), h.clientIp && _.push(`- **${f.clientIp}:** ${h.clientIp}`)), g && _.push("", `**${f.causes}**`, ...g.causes.map((e) => `- ${e}`), "", `**${f.fixes}**`, ...g.fixes.map((e, t) => `${t + 1}. ${e}`)), m && _.push("", `${f.doc}: ${m.docUrl}`), _.push("", `**${f.request}**`, "", w(`${e.method} ${r.url(e.url)}${e.requestBody ? `\n\n${r.body(e.requestBody)}` : ""}`, "http"));
	let v = T(e), y = v === null ? f.noBody : r.body(v.length > S ? `${v.slice(0, S)}${f.cut}` : v);
	return _.push("", `**${f.response}** (HTTP ${e.status || "—"})`, "", w(y, e.body.kind === "json" ? "json" : "")), _.join("\n");
}
function D(e) {
	return `'${e.replace(/'/g, "'\\''")}'`;
}
function O(e, t) {
	return t.headers(e.requestHeaders).filter((e) => !e.name.startsWith(":") && !/^(host|content-length|connection|accept-encoding|sec-|user-agent|origin|referer)/i.test(e.name));
}
function k(e, t) {
	let n = [`curl ${D(t.url(e.url))}`];
	e.method !== "GET" && n.push(`-X ${e.method}`);
	for (let r of O(e, t)) n.push(`-H ${D(`${r.name}: ${r.value}`)}`);
	return e.requestBody !== null && n.push(`--data-raw ${D(t.body(e.requestBody))}`), n.join(" \\\n  ");
}
function A(e, t) {
	let n = { method: e.method }, r = Object.fromEntries(O(e, t).map((e) => [e.name, e.value]));
	return Object.keys(r).length > 0 && (n.headers = r), e.requestBody !== null && (n.body = t.body(e.requestBody)), `fetch(${JSON.stringify(t.url(e.url))}, ${JSON.stringify(n, null, 2)});`;
}
function j(e, t) {
	var n;
	let r = (n = T(e)) == null ? "" : n;
	return t.body(r);
}
// src/view/JsonTree.tsx
function M({ value: e, name: t, depth: r = 0 }) {
	let i = t === void 0 ? null : /* @__PURE__ */ n("span", {
		class: "json-key",
		children: [t, ": "]
	});
	if (typeof e == "object" && e) {
		let t = Array.isArray(e) ? e.map((e, t) => [String(t), e]) : Object.entries(e), a = Array.isArray(e) ? `Array(${t.length})` : `{…} ${t.length}`;
		return /* @__PURE__ */ n("details", {
			class: "json-node",
			open: r < 2,
			children: [/* @__PURE__ */ n("summary", { children: [i, /* @__PURE__ */ n("span", {
				class: "json-summary",
				children: a
			})] }), /* @__PURE__ */ n("div", {
				class: "json-children",
				children: t.map(([e, t]) => /* @__PURE__ */ n(M, {
					name: e,
					value: t,
					depth: r + 1
				}, e))
			})]
		});
	}
	return /* @__PURE__ */ n("div", {
		class: "json-leaf",
		children: [i, /* @__PURE__ */ n("span", {
			class: `json-${e === null ? "null" : typeof e}`,
			children: typeof e == "string" ? JSON.stringify(e) : String(e)
		})]
	});
}
// src/view/RelaySource.tsx
function N({ call: e, t, mask: i, onAddRule: a }) {
	let o = e.relay;
	return o ? /* @__PURE__ */ n("section", {
		class: "relay-source",
		"data-relay-by": o.by,
		children: [/* @__PURE__ */ n("dl", { children: [
			/* @__PURE__ */ n("dt", { children: t.relayedSource }),
			/* @__PURE__ */ n("dd", {
				class: "relay-url",
				children: i.url(e.url)
			}),
			/* @__PURE__ */ n("dt", { children: t.relayedHow }),
			/* @__PURE__ */ n("dd", {
				class: "relay-how",
				children: t.relayedBy[o.by]
			}),
			/* @__PURE__ */ n("dt", { children: t.relayedAt }),
			/* @__PURE__ */ n("dd", {
				class: "relay-at",
				children: /* @__PURE__ */ n("code", { children: o.at === "" ? t.relayedTop : o.at })
			}),
			o.signals.length > 0 && /* @__PURE__ */ n(r, { children: [/* @__PURE__ */ n("dt", { children: t.relayedSignals }), /* @__PURE__ */ n("dd", {
				class: "relay-signals",
				children: o.signals.map((e) => {
					var n;
					return (n = t.signalNames[e]) == null ? e : n;
				}).join(" · ")
			})] })
		] }), a && /* @__PURE__ */ n("button", {
			type: "button",
			class: "add-rule",
			title: t.addRuleTitle,
			onClick: () => a(e),
			children: t.addRule
		})]
	}) : null;
}
// src/view/SearchableText.tsx
function P(e, t) {
	if (!t) return {
		parts: [/* @__PURE__ */ n(r, { children: e })],
		count: 0
	};
	let i = e.toLowerCase(), a = t.toLowerCase(), o = [], s = 0, c = 0;
	for (let t = i.indexOf(a); t >= 0 && c < 1e3; t = i.indexOf(a, t + a.length)) o.push(/* @__PURE__ */ n(r, { children: e.slice(s, t) }), /* @__PURE__ */ n("mark", { children: e.slice(t, t + a.length) })), s = t + a.length, c++;
	return o.push(/* @__PURE__ */ n(r, { children: e.slice(s) })), {
		parts: o,
		count: c
	};
}
function F({ text: t, t: r }) {
	let [i, a] = e(""), { parts: o, count: s } = P(t, i);
	return /* @__PURE__ */ n("div", {
		class: "searchable",
		children: [/* @__PURE__ */ n("div", {
			class: "search-row",
			children: [/* @__PURE__ */ n("input", {
				type: "search",
				class: "body-search",
				placeholder: r.searchBody,
				"aria-label": r.searchBody,
				value: i,
				onInput: (e) => a(e.currentTarget.value)
			}), i && /* @__PURE__ */ n("span", {
				class: "muted match-count",
				children: r.matches(s)
			})]
		}), /* @__PURE__ */ n("pre", {
			class: "body-raw",
			children: o
		})]
	});
}
// src/view/Details.tsx
var I = 2e4, L = [
	"diagnosis",
	"request",
	"response",
	"headers",
	"timing"
];
function R({ errmsg: e, t, lang: r }) {
	let i = x(e);
	return /* @__PURE__ */ n("section", {
		class: "errmsg",
		children: [i.jsonWarning && /* @__PURE__ */ n("p", {
			class: "json-warning",
			role: "note",
			children: t.jsonWarning
		}), /* @__PURE__ */ n("dl", { children: [
			/* @__PURE__ */ n(u, {
				label: t.errmsg,
				class: "errmsg-text",
				value: i.text
			}),
			/* @__PURE__ */ n(u, {
				label: t.rid,
				class: "rid",
				value: i.rid,
				copy: t
			}),
			/* @__PURE__ */ n(u, {
				label: t.ridTime,
				class: "rid-time",
				value: i.ridTime && `${new Date(i.ridTime).toLocaleString(r === "zh" ? "zh-CN" : "en-US")} (${i.ridTime})`
			}),
			/* @__PURE__ */ n(u, {
				label: t.hint,
				class: "hint",
				value: i.hint
			}),
			/* @__PURE__ */ n(u, {
				label: t.clientIp,
				class: "client-ip",
				value: i.clientIp,
				copy: t
			}),
			i.moreInfoUrl && /* @__PURE__ */ n(u, {
				label: t.moreInfo,
				value: i.moreInfoUrl,
				children: /* @__PURE__ */ n("a", {
					href: i.moreInfoUrl,
					target: "_blank",
					rel: "noreferrer noopener",
					children: i.moreInfoUrl
				})
			})
		] })]
	});
}
function z({ call: e, t }) {
	return e.itemFailures.length === 0 && e.partialFailures.length === 0 ? null : /* @__PURE__ */ n("section", {
		class: "partial",
		children: [
			/* @__PURE__ */ n("p", {
				class: "partial-title",
				children: t.partialTitle
			}),
			e.itemFailures.length > 0 && /* @__PURE__ */ n(r, { children: [/* @__PURE__ */ n("h3", { children: t.itemFailures }), /* @__PURE__ */ n("ul", {
				class: "item-failures",
				children: e.itemFailures.map((e) => /* @__PURE__ */ n("li", { children: [
					/* @__PURE__ */ n("code", { children: e.at }),
					" ",
					e.errcode,
					" ",
					e.errmsg
				] }))
			})] }),
			e.partialFailures.length > 0 && /* @__PURE__ */ n(r, { children: [/* @__PURE__ */ n("h3", { children: t.partialFields }), /* @__PURE__ */ n("ul", {
				class: "partial-fields",
				children: e.partialFailures.map((e) => /* @__PURE__ */ n("li", { children: [
					/* @__PURE__ */ n("code", { children: e.field }),
					": ",
					e.value
				] }))
			})] })
		]
	});
}
function B({ call: e, knowledge: t, t: i, lang: a }) {
	if (e.errcode === null || e.errcode === 0) return null;
	if (!t) return /* @__PURE__ */ n("p", { children: i.loadingMeaning });
	let o = c(t, e.platform, e.errcode, e.path), l = e.errmsg ? x(e.errmsg).clientIp : null, u = a === "zh" ? "en" : "zh";
	return /* @__PURE__ */ n("section", {
		class: "diagnosis",
		children: [
			/* @__PURE__ */ n("h3", { children: i.meaning }),
			o.meaning ? /* @__PURE__ */ n("p", {
				class: "meaning",
				children: [o.meaning[a], /* @__PURE__ */ n("span", {
					class: "meaning-other",
					children: [" · ", o.meaning[u]]
				})]
			}) : /* @__PURE__ */ n("p", {
				class: "meaning unknown",
				children: i.unknownCode(e.errcode)
			}),
			o.legacy && /* @__PURE__ */ n("p", {
				class: "legacy",
				children: i.legacy
			}),
			o.causes && o.fixes ? /* @__PURE__ */ n(r, { children: [
				/* @__PURE__ */ n("h3", { children: i.causes }),
				/* @__PURE__ */ n("ul", {
					class: "causes",
					children: o.causes[a].map((e) => /* @__PURE__ */ n("li", { children: e }))
				}),
				/* @__PURE__ */ n("h3", { children: i.fixes }),
				/* @__PURE__ */ n("ol", {
					class: "fixes",
					children: o.fixes[a].map((e) => /* @__PURE__ */ n("li", { children: s(e, l, i.unknownIp) }))
				})
			] }) : o.known && /* @__PURE__ */ n("p", {
				class: "no-hints",
				children: i.noHints
			}),
			o.note && /* @__PURE__ */ n("details", {
				class: "note",
				children: [/* @__PURE__ */ n("summary", { children: i.whyThisMeaning }), o.note[a]]
			}),
			/* @__PURE__ */ n("p", {
				class: "doc-links",
				children: [/* @__PURE__ */ n("a", {
					href: o.docUrl,
					target: "_blank",
					rel: "noreferrer noopener",
					children: i.docs
				}), o.queryUrl && /* @__PURE__ */ n(r, { children: [" · ", /* @__PURE__ */ n("a", {
					href: o.queryUrl,
					target: "_blank",
					rel: "noreferrer noopener",
					children: i.wecomQuery
				})] })]
			})
		]
	});
}
function V({ headers: e, t }) {
	return e.length === 0 ? /* @__PURE__ */ n("p", {
		class: "muted",
		children: t.noHeaders
	}) : /* @__PURE__ */ n("table", {
		class: "kv",
		children: /* @__PURE__ */ n("tbody", { children: e.map((e) => /* @__PURE__ */ n("tr", { children: [/* @__PURE__ */ n("th", {
			scope: "row",
			children: e.name
		}), /* @__PURE__ */ n("td", { children: e.value })] })) })
	});
}
function H({ text: e }) {
	let t = l(e);
	return t === void 0 ? /* @__PURE__ */ n("pre", {
		class: "body-raw",
		children: e
	}) : /* @__PURE__ */ n("div", {
		class: "json-tree",
		children: /* @__PURE__ */ n(M, { value: t })
	});
}
function U({ call: e, t, mask: i }) {
	let a = i.url(e.url), o = [];
	try {
		o = [...new URL(a).searchParams];
	} catch {}
	return /* @__PURE__ */ n("section", {
		class: "request-tab",
		children: [
			/* @__PURE__ */ n("p", {
				class: "request-line",
				children: [
					/* @__PURE__ */ n("b", { children: e.method }),
					" ",
					/* @__PURE__ */ n("span", {
						class: "masked-url",
						children: a
					})
				]
			}),
			o.length > 0 && /* @__PURE__ */ n(r, { children: [/* @__PURE__ */ n("h3", { children: t.queryParams }), /* @__PURE__ */ n("table", {
				class: "kv query-table",
				children: /* @__PURE__ */ n("tbody", { children: o.map(([e, t]) => /* @__PURE__ */ n("tr", { children: [/* @__PURE__ */ n("th", {
					scope: "row",
					children: e
				}), /* @__PURE__ */ n("td", { children: t })] })) })
			})] }),
			e.requestBody && /* @__PURE__ */ n(r, { children: [/* @__PURE__ */ n("h3", { children: t.requestBody }), /* @__PURE__ */ n(H, { text: i.body(e.requestBody.slice(0, I)) })] })
		]
	});
}
function W({ call: t, t: r, mask: i }) {
	let [a, o] = e("tree"), s = t.body;
	if (s.kind === "missing") return /* @__PURE__ */ n("p", {
		class: "no-body-detail",
		children: r.bodyMissingDetail
	});
	if (s.kind === "empty") return /* @__PURE__ */ n("p", {
		class: "muted",
		children: r.emptyBody
	});
	if (s.kind === "binary") return /* @__PURE__ */ n("p", {
		class: "binary-body",
		children: r.binaryBody(s.bytes, s.sniffed)
	});
	let c = i.body(s.text.length > I ? s.text.slice(0, I) : s.text);
	return /* @__PURE__ */ n("section", {
		class: "response-tab",
		children: [
			/* @__PURE__ */ n("p", {
				class: "muted",
				children: [
					"HTTP ",
					t.status || "—",
					" · ",
					t.mimeType
				]
			}),
			s.truncatedFrom !== void 0 && /* @__PURE__ */ n("p", {
				class: "muted",
				children: r.truncatedBody(s.truncatedFrom)
			}),
			s.text.length > I && /* @__PURE__ */ n("p", {
				class: "muted",
				children: r.truncatedView(I, s.text.length)
			}),
			t.invalidUtf8 && /* @__PURE__ */ n("p", {
				class: "invalid-utf8",
				children: r.invalidUtf8
			}),
			s.kind === "json" && /* @__PURE__ */ n("div", {
				class: "segmented",
				role: "group",
				children: [/* @__PURE__ */ n("button", {
					type: "button",
					class: "view-tree",
					"aria-pressed": a === "tree",
					onClick: () => o("tree"),
					children: r.tree
				}), /* @__PURE__ */ n("button", {
					type: "button",
					class: "view-raw",
					"aria-pressed": a === "raw",
					onClick: () => o("raw"),
					children: r.raw
				})]
			}),
			s.kind === "json" && a === "tree" ? /* @__PURE__ */ n(H, { text: c }) : /* @__PURE__ */ n(F, {
				text: c,
				t: r
			})
		]
	});
}
function G({ call: e, t, lang: r }) {
	let i = e.timings ? Object.entries(e.timings) : [], a = Math.max(e.time, i.reduce((e, [, t]) => e + t, 0), 1);
	return /* @__PURE__ */ n("section", {
		class: "timing-tab",
		children: [/* @__PURE__ */ n("dl", { children: [/* @__PURE__ */ n(u, {
			label: t.started,
			value: `${new Date(e.startedDateTime).toLocaleString(r === "zh" ? "zh-CN" : "en-US")} (${e.startedDateTime})`
		}), /* @__PURE__ */ n(u, {
			label: t.duration,
			value: `${e.time.toFixed(1)} ms`
		})] }), i.length === 0 ? /* @__PURE__ */ n("p", {
			class: "muted",
			children: t.noTimings
		}) : /* @__PURE__ */ n("table", {
			class: "timings",
			children: /* @__PURE__ */ n("tbody", { children: i.map(([e, r]) => {
				var i;
				return /* @__PURE__ */ n("tr", { children: [
					/* @__PURE__ */ n("th", {
						scope: "row",
						children: (i = t.phases[e]) == null ? e : i
					}),
					/* @__PURE__ */ n("td", {
						class: "bar-cell",
						children: /* @__PURE__ */ n("span", {
							class: "bar",
							style: { width: `${Math.max(1, r / a * 100)}%` }
						})
					}),
					/* @__PURE__ */ n("td", {
						class: "ms",
						children: [r.toFixed(1), " ms"]
					})
				] });
			}) })
		})]
	});
}
function K({ call: a, knowledge: s, t: c, lang: l, reveal: f, onClose: p, onAddRule: m }) {
	let [h, g] = e("diagnosis"), _ = t(f), v = s ? o(s, a.platform, a.path) : null, y = s ? i(s, a.platform, a.path) : null, b = {
		diagnosis: c.tabDiagnosis,
		request: c.tabRequest,
		response: c.tabResponse,
		headers: c.tabHeaders,
		timing: c.tabTiming
	};
	return /* @__PURE__ */ n("aside", {
		class: "details",
		"aria-label": c.details,
		children: [
			/* @__PURE__ */ n("header", { children: [/* @__PURE__ */ n("h2", { children: [
				/* @__PURE__ */ n("span", {
					class: `badge platform-${a.platform}`,
					children: y ? c.productNames[y] : a.platform
				}),
				" ",
				a.errcode !== null && /* @__PURE__ */ n("span", {
					class: "details-code",
					children: a.errcode
				}),
				" ",
				v ? v[l] : a.path,
				a.importedFrom && /* @__PURE__ */ n("span", {
					class: "badge imported",
					title: a.importedFrom,
					children: c.importedTag
				}),
				a.relay && /* @__PURE__ */ n("span", {
					class: "badge relayed",
					title: c.relayedTitle(_.url(a.url)),
					children: c.relayedBadge
				})
			] }), /* @__PURE__ */ n("button", {
				type: "button",
				class: "close",
				"aria-label": c.closeDetails,
				title: c.closeDetails,
				onClick: p,
				children: "×"
			})] }),
			/* @__PURE__ */ n("div", {
				class: "copy-row",
				children: [
					s && /* @__PURE__ */ n(d, {
						class: "copy-bug-report",
						label: c.copyBugReport,
						text: () => E(a, s, l, _),
						t: c
					}),
					/* @__PURE__ */ n(d, {
						class: "copy-curl",
						label: c.copyCurl,
						text: () => k(a, _),
						t: c
					}),
					/* @__PURE__ */ n(d, {
						class: "copy-fetch",
						label: c.copyFetch,
						text: () => A(a, _),
						t: c
					}),
					(a.body.kind === "json" || a.body.kind === "text") && /* @__PURE__ */ n(d, {
						class: "copy-json",
						label: c.copyJson,
						text: () => j(a, _),
						t: c
					})
				]
			}),
			a.leakedSecrets.length > 0 && /* @__PURE__ */ n("p", {
				class: "leak-warning",
				role: "alert",
				children: c.leakTitle(a.leakedSecrets.join(", "))
			}),
			/* @__PURE__ */ n("div", {
				class: "tabs",
				role: "tablist",
				children: L.map((e) => /* @__PURE__ */ n("button", {
					type: "button",
					role: "tab",
					id: `tab-${e}`,
					class: `tab tab-${e}`,
					"aria-selected": h === e,
					"aria-controls": "details-tabpanel",
					onClick: () => g(e),
					children: b[e]
				}))
			}),
			/* @__PURE__ */ n("div", {
				class: "tabpanel",
				id: "details-tabpanel",
				role: "tabpanel",
				"aria-labelledby": `tab-${h}`,
				children: [
					h === "diagnosis" && /* @__PURE__ */ n(r, { children: [
						/* @__PURE__ */ n(N, {
							call: a,
							t: c,
							mask: _,
							...m ? { onAddRule: m } : {}
						}),
						/* @__PURE__ */ n(B, {
							call: a,
							knowledge: s,
							t: c,
							lang: l
						}),
						/* @__PURE__ */ n(z, {
							call: a,
							t: c
						}),
						a.errmsg && /* @__PURE__ */ n(R, {
							errmsg: a.errmsg,
							t: c,
							lang: l
						}),
						a.pay && (a.pay.detail || a.pay.requestIdCode !== null) && /* @__PURE__ */ n("dl", {
							class: "pay",
							children: [/* @__PURE__ */ n(u, {
								label: c.payDetail,
								value: a.pay.detail
							}), /* @__PURE__ */ n(u, {
								label: c.requestIdCode,
								value: a.pay.requestIdCode === null ? null : String(a.pay.requestIdCode)
							})]
						}),
						a.codeSource === "headers" && /* @__PURE__ */ n("p", {
							class: "from-headers",
							children: c.fromHeaders
						}),
						a.state === "no-body" && /* @__PURE__ */ n("p", {
							class: "no-body-detail",
							children: c.bodyMissingDetail
						}),
						a.state !== "no-body" && a.body.kind === "binary" && /* @__PURE__ */ n("p", {
							class: "binary-body",
							children: c.binaryBody(a.body.bytes, a.body.sniffed)
						})
					] }),
					h === "request" && /* @__PURE__ */ n(U, {
						call: a,
						t: c,
						mask: _
					}),
					h === "response" && /* @__PURE__ */ n(W, {
						call: a,
						t: c,
						mask: _
					}),
					h === "headers" && /* @__PURE__ */ n("section", {
						class: "headers-tab",
						children: [
							/* @__PURE__ */ n("h3", { children: c.requestHeaders }),
							/* @__PURE__ */ n(V, {
								headers: _.headers(a.requestHeaders),
								t: c
							}),
							/* @__PURE__ */ n("h3", { children: c.responseHeaders }),
							/* @__PURE__ */ n(V, {
								headers: _.headers(a.responseHeaders),
								t: c
							})
						]
					}),
					h === "timing" && /* @__PURE__ */ n(G, {
						call: a,
						t: c,
						lang: l
					})
				]
			})
		]
	});
}
export { K as Details };
