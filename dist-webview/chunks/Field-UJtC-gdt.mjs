import { c as e, t, u as n } from "./jsxRuntime-GQBGxKrO.mjs";
// src/view/copy-text.ts
async function r(e) {
	try {
		return await navigator.clipboard.writeText(e), !0;
	} catch {
		let t = document.createElement("textarea");
		t.value = e, t.setAttribute("readonly", ""), t.style.position = "fixed", t.style.opacity = "0", document.body.append(t), t.select();
		let n = document.execCommand("copy");
		return t.remove(), n;
	}
}
// src/view/Field.tsx
function i({ text: n, t: i, label: a, class: o }) {
	let [s, c] = e(!1);
	return /* @__PURE__ */ t("button", {
		type: "button",
		class: `copy${o ? ` ${o}` : ""}`,
		onClick: () => void r(typeof n == "function" ? n() : n).then((e) => {
			c(e), setTimeout(() => c(!1), 1500);
		}),
		children: s ? i.copied : a == null ? i.copy : a
	});
}
function a({ label: e, value: r, copy: a, children: o, ...s }) {
	return r ? /* @__PURE__ */ t(n, { children: [/* @__PURE__ */ t("dt", { children: e }), /* @__PURE__ */ t("dd", {
		class: s.class,
		children: [o == null ? r : o, a && /* @__PURE__ */ t(i, {
			text: r,
			t: a
		})]
	})] }) : null;
}
export { a as n, i as t };
