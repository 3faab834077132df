var e = {
	$schema: "./schema/secret-fields.schema.json",
	note: "Names (case-insensitive) of query parameters, form fields, JSON keys and headers whose values are secrets. Masked wherever text leaves the decoder.",
	names: /* @__PURE__ */ "access_token.component_access_token.authorizer_access_token.suite_access_token.provider_access_token.secret.corpsecret.appsecret.component_appsecret.suite_secret.provider_secret.code.js_code.auth_code.pre_auth_code.authorization_code.refresh_token.authorizer_refresh_token.permanent_code.component_verify_ticket.ticket.jsapi_ticket.suite_ticket.signature.msg_signature.sign.paysign.key.session_key.encodingaeskey.authorization.cookie.set-cookie.x-api-key".split("."),
	serverSecrets: [
		"secret",
		"appsecret",
		"corpsecret",
		"component_appsecret",
		"suite_secret",
		"provider_secret"
	],
	serverSecretsNote: "Of those, the ones that belong only on a server: a page that sends one has leaked it to every visitor."
};
export { e as t };
