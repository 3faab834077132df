import { a as e, c as t, i as n, r, t as i, u as a } from "./jsxRuntime-GQBGxKrO.mjs";
import { r as o, t as s } from "./format-DYzCZ-LC.mjs";
import { n as c } from "./Field-UJtC-gdt.mjs";
var l = {
	$schema: "./schema/jssdk-errors.schema.json",
	errors: [
		{
			id: "invalid-signature",
			patterns: ["invalid signature"],
			codes: [63002, 40093],
			apis: ["config", "agentConfig"],
			zh: "JS-SDK 签名校验失败",
			en: "JS-SDK signature check failed (invalid signature)",
			causes: {
				zh: [
					"参与签名的 URL 与执行 wx.config 时的页面地址不一致：带了 #hash、漏了 query 参数、用了 OAuth 跳转前的地址，或 iOS 上单页应用 history 路由仍以首次进入的 URL 为准",
					"config 里的 timestamp、nonceStr 与后台签名时用的值不同，或 timestamp 用了毫秒",
					"jsapi_ticket 不属于 config 中的 AppID/corpid，或已被重新获取覆盖而失效；企业微信 wx.agentConfig 误用了企业 jsapi_ticket（hint 中 e=40093）",
					"签名算法实现有误：参数未按字段名字典序拼接、键名不是小写、未做 SHA1"
				],
				en: [
					"The signed URL differs from the page URL at the moment wx.config runs: #hash included, query string dropped, the pre-OAuth-redirect URL was used, or an SPA with history routing on iOS still verifies against the entry URL",
					"timestamp or nonceStr passed to config differ from the values used when signing, or timestamp is in milliseconds",
					"The jsapi_ticket belongs to another AppID/corpid, or was invalidated by a newer fetch; on WeCom, wx.agentConfig was signed with the corp jsapi_ticket (hint e=40093)",
					"Wrong algorithm: fields not sorted by name, keys not lowercase, or not hashed with SHA1"
				]
			},
			fixes: {
				zh: [
					"前端用 location.href.split('#')[0] 取当前地址并实时传给后台签名；单页应用在 iOS 上用入口页 URL 签名，Android 用当前路由 URL",
					"保证 config 里的 timestamp（秒级）和 nonceStr 与签名时完全相同",
					"用同一个 AppID/corpid 获取 access_token 和 jsapi_ticket；企业微信 wx.config 用企业 jsapi_ticket，wx.agentConfig 用 type=agent_config 获取的应用 ticket",
					"在服务端全局缓存 access_token 和 jsapi_ticket（有效期 7200 秒），不要每次请求都重新获取",
					"开启 debug，把返回的 realAuthUrl 与签名 URL 对比，并用官方 JS 接口签名校验工具核对算法"
				],
				en: [
					"Take location.href.split('#')[0] on the client and send it to the backend for signing each time; for SPAs sign the entry URL on iOS and the current route URL on Android",
					"Pass exactly the timestamp (in seconds) and nonceStr that were signed",
					"Fetch access_token and jsapi_ticket with the same AppID/corpid; on WeCom sign wx.config with the corp jsapi_ticket and wx.agentConfig with the type=agent_config app ticket",
					"Cache access_token and jsapi_ticket globally on the server for their 7200 s lifetime instead of fetching per request",
					"Turn on debug, compare the returned realAuthUrl with the URL you signed, and verify the algorithm with the official signature check tool"
				]
			},
			docUrl: "https://developers.weixin.qq.com/doc/offiaccount/OA_Web_Apps/JS-SDK.html"
		},
		{
			id: "invalid-url-domain",
			patterns: ["invalid url domain"],
			codes: [40048],
			apis: ["config", "agentConfig"],
			zh: "页面域名未配置为 JS 接口安全域名/可信域名",
			en: "Page domain is not a registered JS-SDK safe domain / WeCom trusted domain",
			causes: {
				zh: [
					"当前页面域名没有填入公众号的「JS接口安全域名」（企业微信：没有填入应用的可信域名）",
					"页面使用了非默认端口但配置里没带端口，或用 localhost、IP 地址访问",
					"config 中的 AppID 不是配置了该域名的那个公众号；或企业微信页面在另一个企业中打开，该 corpid 下的应用没有配置此域名",
					"域名刚修改，或备案信息变化后尚未生效"
				],
				en: [
					"The page domain is not listed in the Official Account's JS API safe domains (WeCom: not in the app's trusted domains)",
					"The page runs on a non-default port that is not part of the configured domain, or is opened via localhost / an IP address",
					"The AppID in config is not the account that registered the domain; or a WeCom page is opened in another corp whose app lacks this domain",
					"The domain was changed recently, or its ICP filing changed and has not taken effect yet"
				]
			},
			fixes: {
				zh: [
					"在公众号后台 设置与开发 → 公众号设置 → 功能设置 → JS接口安全域名 中填写页面域名（不带协议），并按提示上传 MP_verify_*.txt 校验文件",
					"非 80/443 端口要连同端口号一起配置；本地调试请用已配置的域名（hosts 或内网穿透），不要用 IP",
					"企业微信在 应用管理 → 应用 → 网页授权及JS-SDK 中设置可信域名；第三方/代开发应用确认每个授权企业都按其 corpid 下发签名",
					"确认 config 的 AppID 与配置域名的账号一致，修改配置后稍等生效再测"
				],
				en: [
					"Add the page domain (no scheme) under Settings and Development → Account Settings → Function Settings → JS API safe domain, and upload the MP_verify_*.txt file as prompted",
					"Include the port when it is not 80/443; for local testing use a configured domain (hosts file or a tunnel), never a bare IP",
					"On WeCom set the trusted domain under App Management → app → Web authorization and JS-SDK; third-party apps must sign with each installing corp's corpid",
					"Make sure the AppID in config is the account that owns the domain, and retest after the change takes effect"
				]
			},
			docUrl: "https://developers.weixin.qq.com/doc/offiaccount/OA_Web_Apps/JS-SDK.html"
		},
		{
			id: "wecom-not-reliable-domain",
			patterns: ["not match any reliable domain", "reliable domain"],
			codes: [80001],
			apis: ["agentConfig", "config"],
			zh: "页面域名与应用可信域名不匹配",
			en: "WeCom: page domain does not match the app's trusted (reliable) domain",
			causes: {
				zh: [
					"页面域名没有设为该应用的可信域名，或填写的域名与实际访问的域名（子域名、端口）不一致",
					"可信域名的归属校验未通过：WW_verify_*.txt 没有放在域名根目录或无法访问",
					"域名未备案，或备案主体与企业主体不一致（新设置可信域名要求主体一致或有关联）",
					"第三方/代开发应用在服务商后台配置的可信域名与页面域名不同"
				],
				en: [
					"The page domain is not set as the app's trusted domain, or the configured value differs from the real host (subdomain, port)",
					"Domain ownership check failed: WW_verify_*.txt is not reachable at the domain root",
					"The domain has no ICP filing, or the filing entity does not match the corp (newly added trusted domains must match or be related)",
					"For third-party / custom-developed apps the trusted domain set in the provider console differs from the page domain"
				]
			},
			fixes: {
				zh: [
					"在管理后台 应用管理 → 应用 → 网页授权及JS-SDK → 设置可信域名 中填写页面实际使用的域名",
					"下载校验文件放到该域名根目录，确认 https://域名/WW_verify_xxx.txt 可直接访问",
					"使用已备案、且备案主体与企业一致或已关联的域名",
					"第三方应用在服务商管理后台的应用开发信息中配置可信域名，并确认授权企业已同步生效"
				],
				en: [
					"Set the exact host the page uses as the trusted domain under App Management → app → Web authorization and JS-SDK",
					"Put the downloaded verification file at the domain root and check that https://domain/WW_verify_xxx.txt loads",
					"Use a domain with an ICP filing whose entity matches or is linked to the corp",
					"For third-party apps configure the trusted domain in the provider console and confirm it has propagated to installing corps"
				]
			},
			docUrl: "https://developer.work.weixin.qq.com/document/path/94313"
		},
		{
			id: "wecom-invalid-corpid",
			patterns: ["invalid corpid"],
			codes: [40013],
			apis: ["agentConfig", "config"],
			zh: "corpid 无效或不是当前企业",
			en: "WeCom: corpid is invalid or not the user's current corp",
			causes: {
				zh: [
					"传入的 corpid 为空或拼写错误",
					"corpid 与用户当前登录的企业不一致（用户切换了企业，或页面在其他企业中打开）",
					"第三方/代开发应用传了服务商自己的 corpid 或 suite_id，而不是授权企业的 corpid",
					"页面在微信而不是企业微信中打开并调用了 agentConfig"
				],
				en: [
					"The corpid passed is empty or mistyped",
					"The corpid is not the corp the user is currently logged into (user switched corp, or the page was opened in another corp)",
					"A third-party / custom-developed app passed the provider's own corpid or the suite_id instead of the installing corp's corpid",
					"The page is running in WeChat rather than WeCom and calls agentConfig"
				]
			},
			fixes: {
				zh: [
					"在管理后台 我的企业 → 企业信息 核对 CorpID，由后台动态下发给前端",
					"第三方应用使用授权企业的 corpid（auth_corpid），并与签名所用 ticket 的企业一致",
					"多企业场景按用户当前所在企业生成签名参数",
					"通过 UA 中的 wxwork 判断环境，只在企业微信内调用 agentConfig"
				],
				en: [
					"Check the CorpID under My Company → Company Info and have the backend return it dynamically",
					"Third-party apps must use the installing corp's corpid (auth_corpid), the same corp whose ticket signed the request",
					"In multi-corp setups generate signature parameters for the corp the user is currently in",
					"Detect WeCom via 'wxwork' in the user agent and only call agentConfig there"
				]
			},
			docUrl: "https://developer.work.weixin.qq.com/document/path/94313"
		},
		{
			id: "offline-verifying",
			patterns: ["the permission value is offline verifying", "offline verifying"],
			codes: [],
			apis: ["*"],
			zh: "权限未校验通过：config 失败、调用过早或未声明",
			en: "Permission not verified: config failed, called before ready, or not in jsApiList",
			causes: {
				zh: [
					"wx.config 本身失败（签名、域名等问题），之后调用的接口都会报这个错",
					"页面一加载就调用接口，没有放进 wx.ready 回调，此时 config 还没完成",
					"要调用的接口没有写进 config 的 jsApiList",
					"单页应用切换路由后没有重新 config，或 iOS 上签名 URL 与实际校验的 URL 不一致"
				],
				en: [
					"wx.config itself failed (signature, domain, …), so every later call reports this",
					"The API was called on page load outside the wx.ready callback, before config finished",
					"The API is not listed in config's jsApiList",
					"An SPA changed route without re-running config, or on iOS the signed URL differs from the URL being verified"
				]
			},
			fixes: {
				zh: [
					"先在 wx.error 回调里查看 config 的报错并解决",
					"页面初始化时就要用的接口统一放到 wx.ready 回调中",
					"把接口名（区分大小写）加入 jsApiList，开放标签加入 openTagList",
					"单页应用路由变化后按当前 URL（iOS 用入口 URL）重新签名并调用 wx.config"
				],
				en: [
					"Look at the config error reported in wx.error and fix it first",
					"Put calls made during page initialisation inside wx.ready",
					"Add the exact (case-sensitive) API name to jsApiList, and open tags to openTagList",
					"After an SPA route change, re-sign with the current URL (entry URL on iOS) and call wx.config again"
				]
			},
			docUrl: "https://developers.weixin.qq.com/doc/offiaccount/OA_Web_Apps/JS-SDK.html"
		},
		{
			id: "wecom-fail-nopermission",
			patterns: [
				"fail_nopermission",
				"fail_no permission",
				"fail no permission",
				"nopermission",
				"no permission"
			],
			codes: [],
			apis: ["*"],
			zh: "企业微信接口无权限（注册未通过或应用缺权限）",
			en: "WeCom: no permission for this API (registration not passed or app lacks rights)",
			causes: {
				zh: [
					"config 或 agentConfig 没有成功，或调用发生在注册完成之前",
					"该接口需要应用身份（agentConfig）注入，但只调用了 wx.config",
					"接口没有写进 config/agentConfig 的 jsApiList",
					"应用或成员不满足权限条件：如应用未配置客户联系权限、成员不在应用可见范围、第三方应用缺少对应权限"
				],
				en: [
					"config or agentConfig did not succeed, or the call ran before registration completed",
					"The API needs the app identity (agentConfig) but only wx.config was done",
					"The API is missing from the jsApiList of config/agentConfig",
					"The app or member lacks the required rights, e.g. no customer-contact permission, member outside the app's visible range, third-party app scope missing"
				]
			},
			fixes: {
				zh: [
					"确认 config 和 agentConfig 都返回 ok，在 agentConfig 的 success 回调中再调用 wx.invoke",
					"把接口名加入 agentConfig 的 jsApiList；wx.invoke 类接口需在 wx.config 中设置 beta: true",
					"在管理后台为应用开通所需权限（如 客户联系 → 可调用接口的应用），并把成员加入应用可见范围",
					"第三方/代开发应用在服务商后台申请对应权限，并让授权企业重新确认授权"
				],
				en: [
					"Make sure both config and agentConfig return ok, and call wx.invoke from agentConfig's success callback",
					"List the API in agentConfig's jsApiList; wx.invoke-style APIs also need beta: true in wx.config",
					"Grant the app the needed rights in the admin console (e.g. Customer Contact → apps allowed to call APIs) and add the member to the visible range",
					"Third-party / custom-developed apps must request the permission in the provider console and have the corp re-confirm the authorization"
				]
			},
			docUrl: "https://developer.work.weixin.qq.com/document/path/96912"
		},
		{
			id: "permission-denied",
			patterns: ["permission denied"],
			codes: [],
			apis: ["*"],
			zh: "该账号或应用无权使用此接口",
			en: "The account or app is not allowed to use this JSAPI (permission denied)",
			causes: {
				zh: [
					"公众号没有该接口权限，部分接口（如分享、支付、卡券）需要微信认证或单独开通",
					"接口没有写进 config 的 jsApiList",
					"企业微信：该应用没有此接口所需的权限",
					"小程序 web-view 中经 invokeMiniProgramAPI 调用了不支持的接口，或参数不合法（如跳转路径过长）"
				],
				en: [
					"The Official Account lacks this API; some APIs (sharing, payment, cards) require verification or separate activation",
					"The API is not listed in config's jsApiList",
					"WeCom: the app has not been granted the permission this API needs",
					"Inside a mini program web-view, invokeMiniProgramAPI was used for an unsupported API or with invalid arguments (e.g. an overly long path)"
				]
			},
			fixes: {
				zh: [
					"在公众号后台 接口权限 中查看该接口状态，必要时完成微信认证或开通能力",
					"把接口加入 jsApiList，并确认 config 已成功",
					"企业微信在管理后台或服务商后台为应用申请相应权限",
					"web-view 中只调用文档列出的可用接口，并缩短跳转路径和参数"
				],
				en: [
					"Check the API's status under Interface Permissions in the OA console; complete verification or activate the capability if needed",
					"Add the API to jsApiList and make sure config succeeded",
					"On WeCom request the permission for the app in the admin or provider console",
					"In a web-view only call the documented supported APIs and keep navigation paths and parameters short"
				]
			},
			docUrl: "https://developers.weixin.qq.com/doc/offiaccount/OA_Web_Apps/JS-SDK.html"
		},
		{
			id: "function-not-exist",
			patterns: ["function not exist", "function_not_exist"],
			codes: [],
			apis: ["*"],
			zh: "当前客户端版本不支持该接口",
			en: "The client version does not support this API (function not exist)",
			causes: {
				zh: [
					"用户的微信或企业微信客户端版本过低",
					"接口只在部分平台可用（如仅移动端、仅企业微信），当前在 PC 端或其他环境打开",
					"引入的 jweixin 版本过旧、接口名拼写错误或接口已下线"
				],
				en: [
					"The user's WeChat or WeCom client is too old",
					"The API exists only on some platforms (mobile only, WeCom only) and the page runs elsewhere, e.g. on desktop",
					"The jweixin script is outdated, the API name is misspelled, or the API has been retired"
				]
			},
			fixes: {
				zh: [
					"调用前先用 wx.checkJsApi 检测，不支持时提供降级方案",
					"提示用户升级到最新版微信/企业微信",
					"使用最新版 jweixin，并按文档核对接口名和支持的平台"
				],
				en: [
					"Probe with wx.checkJsApi before calling and provide a fallback when unsupported",
					"Ask the user to update WeChat / WeCom to the latest version",
					"Load the latest jweixin and check the API name and supported platforms against the docs"
				]
			},
			docUrl: "https://developers.weixin.qq.com/doc/offiaccount/OA_Web_Apps/JS-SDK.html"
		},
		{
			id: "require-subscribe",
			patterns: ["require subscribe"],
			codes: [],
			apis: ["config"],
			zh: "测试号需要先关注",
			en: "Sandbox test account: the user must follow it first (require subscribe)",
			causes: {
				zh: ["使用公众平台测试号的 AppID，而当前微信用户没有关注该测试号（或已取消关注）"],
				en: ["The AppID is a sandbox test account and the current WeChat user does not follow it (or has unfollowed it)"]
			},
			fixes: {
				zh: ["用微信扫描测试号管理页上的二维码关注后再打开页面", "正式环境换成已认证的正式公众号 AppID"],
				en: ["Scan the QR code on the test account page with WeChat to follow it, then reopen the page", "Use the verified production Official Account AppID outside testing"]
			},
			docUrl: "https://developers.weixin.qq.com/doc/offiaccount/OA_Web_Apps/JS-SDK.html"
		},
		{
			id: "wecom-no-external-context",
			patterns: ["without context"],
			codes: [],
			apis: [
				"getCurExternalContact",
				"getCurExternalChat",
				"getCurCorpGroupContact"
			],
			zh: "当前页面入口不支持获取客户/群/上下游联系人信息",
			en: "WeCom: the page was not opened from an entry that carries a contact or chat context",
			causes: {
				zh: ["页面不是从客户详情页或聊天工具栏打开，而是从工作台、普通链接直接进入", "调用的接口与入口不匹配，如在单聊工具栏中调用 getCurExternalChat"],
				en: ["The page was opened from the workbench or a plain link instead of the contact profile or chat toolbar", "The API does not fit the entry, e.g. getCurExternalChat called from the one-to-one chat toolbar"]
			},
			fixes: {
				zh: [
					"先调用 getContext，根据 entry（contact_profile、single_chat_tools、group_chat_tools 等）判断后再调用",
					"在管理后台把页面配置到聊天工具栏或客户详情入口，从该入口进入测试",
					"不在支持的入口时隐藏相关功能或给出提示"
				],
				en: [
					"Call getContext first and branch on entry (contact_profile, single_chat_tools, group_chat_tools, …)",
					"Register the page as a chat-toolbar or contact-profile page in the admin console and test from that entry",
					"Hide the feature or show a hint when the page is opened from an unsupported entry"
				]
			},
			docUrl: "https://developer.work.weixin.qq.com/document/path/96918"
		},
		{
			id: "pay-url-not-registered",
			patterns: ["当前页面的url未注册", "url未注册"],
			codes: [],
			apis: ["chooseWXPay", "get_brand_wcpay_request"],
			zh: "支付页面不在 JSAPI 支付授权目录下",
			en: "WeChat Pay: page URL is not under a registered JSAPI payment directory",
			causes: {
				zh: [
					"商户平台没有配置 JSAPI 支付授权目录，或配置在了另一个商户号下",
					"授权目录与页面所在目录不完全一致：多级目录要求全匹配，http 与 https、大小写不同也算不一致",
					"单页应用路由使实际发起支付的页面目录与配置的不同"
				],
				en: [
					"No JSAPI payment directory is configured in the merchant platform, or it was set under a different merchant ID",
					"The directory does not match exactly: multi-level paths must match fully, and http vs https or letter case count as different",
					"SPA routing makes the directory of the page that starts payment differ from the configured one"
				]
			},
			fixes: {
				zh: [
					"在商户平台 产品中心 → 开发配置 中添加页面所在目录（去掉最后的文件名，以 / 结尾）",
					"拿不准时可只配置到域名根目录（https://域名/），此时只校验域名",
					"确认下单所用商户号与配置目录的商户号一致，协议与实际访问一致"
				],
				en: [
					"Add the page's directory (drop the last path segment, end with /) under Product Center → Development Settings in the merchant platform",
					"If unsure, register only the domain root (https://domain/), which checks the domain alone",
					"Make sure the merchant ID used to place the order is the one holding the directory, and the scheme matches the real URL"
				]
			},
			docUrl: "https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=7_3"
		},
		{
			id: "pay-sign-or-params",
			patterns: [
				"支付验证签名失败",
				"缺少参数",
				"invalid total_fee"
			],
			codes: [],
			apis: ["chooseWXPay", "get_brand_wcpay_request"],
			zh: "支付参数缺失或 paySign 签名错误",
			en: "WeChat Pay: missing payment parameters or invalid paySign",
			causes: {
				zh: [
					"paySign 计算有误：参与签名的字段、顺序、大小写或 signType 与要求不符，或用错了密钥/商户私钥",
					"前端参数名写错或缺失：getBrandWCPayRequest 用 timeStamp，package 必须是 prepay_id=…",
					"appId 与下单时的 appid 不一致，或 prepay_id 已过期"
				],
				en: [
					"paySign is wrong: fields, order, case or signType do not follow the rules, or the wrong key / merchant private key was used",
					"Client parameters are misnamed or missing: getBrandWCPayRequest expects timeStamp, and package must be prepay_id=…",
					"appId differs from the appid used to place the order, or the prepay_id has expired"
				]
			},
			fixes: {
				zh: [
					"由后端按所用接口版本的规则生成 paySign（V3 为 RSA，V2 为 MD5/HMAC-SHA256），前端原样传入",
					"核对参数名：getBrandWCPayRequest 用 timeStamp，wx.chooseWXPay 用 timestamp，package 为 prepay_id=…",
					"确认 appId 与下单时一致，prepay_id 在 2 小时有效期内",
					"用微信支付官方签名校验工具核对签名"
				],
				en: [
					"Generate paySign on the backend with the rules of the API version used (RSA for v3, MD5/HMAC-SHA256 for v2) and pass it through unchanged",
					"Check parameter names: timeStamp for getBrandWCPayRequest, timestamp for wx.chooseWXPay, package as prepay_id=…",
					"Use the same appId as when ordering and a prepay_id within its 2-hour validity",
					"Verify the signature with WeChat Pay's official signature check tool"
				]
			},
			docUrl: "https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter3_1_4.shtml"
		},
		{
			id: "access-denied",
			patterns: ["access_denied", "not_allowed"],
			codes: [],
			apis: ["*"],
			zh: "客户端拒绝本次调用（access_denied）",
			en: "Client refused the call (system:access_denied / access_control:not_allowed)",
			causes: {
				zh: [
					"发起支付的页面不在支付授权目录下（Android 多返回 system:access_denied，iOS 返回 access_control:not_allowed）",
					"在小程序 web-view 内嵌的 H5 中调用 JSAPI 支付等不允许的能力",
					"通过 WeixinJSBridge 调用了未公开或当前页面无权使用的接口"
				],
				en: [
					"The page that starts payment is outside the payment directory (Android usually returns system:access_denied, iOS access_control:not_allowed)",
					"An H5 page inside a mini program web-view tried JSAPI payment or another capability not allowed there",
					"WeixinJSBridge was used to call an undocumented API, or one this page may not use"
				]
			},
			fixes: {
				zh: [
					"按支付授权目录规则配置页面所在目录",
					"小程序 web-view 中改为跳回小程序页面，用 wx.requestPayment 完成支付",
					"只使用 JS-SDK 文档中公开的接口，并先完成 wx.config"
				],
				en: [
					"Register the page's directory following the payment-directory rules",
					"Inside a mini program web-view, navigate back to a mini program page and pay with wx.requestPayment",
					"Only call APIs documented in the JS-SDK, after wx.config has succeeded"
				]
			},
			docUrl: "https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=7_3"
		},
		{
			id: "user-auth-deny",
			patterns: ["auth deny", "auth denied"],
			codes: [],
			apis: ["*"],
			zh: "用户拒绝了授权",
			en: "The user denied the permission prompt (auth deny)",
			causes: {
				zh: ["用户在授权弹窗中点了拒绝（位置、相机、相册等），之后再次调用会直接失败", "手机系统设置里关闭了微信的定位、相机等权限"],
				en: ["The user tapped Deny on the prompt (location, camera, album, …); later calls fail immediately", "WeChat's location or camera permission is turned off in the phone's system settings"]
			},
			fixes: {
				zh: [
					"捕获该错误，向用户说明用途并引导到微信或系统设置中重新开启",
					"不同机型的 errMsg 写法不同，用包含 auth deny / auth denied 的方式判断",
					"提供不依赖该权限的降级方案，如手动选择城市"
				],
				en: [
					"Catch the error, explain why the permission is needed and guide the user to re-enable it in WeChat or system settings",
					"The wording differs by device, so match on 'auth deny' or 'auth denied' rather than the full string",
					"Offer a fallback that does not need the permission, e.g. picking a city manually"
				]
			},
			docUrl: "https://developers.weixin.qq.com/doc/offiaccount/OA_Web_Apps/JS-SDK.html"
		},
		{
			id: "sdk-not-loaded",
			patterns: [
				"wx is not defined",
				"weixinjsbridge is not defined",
				"agentconfig is not a function"
			],
			codes: [],
			apis: ["*"],
			zh: "JS-SDK 未加载或版本缺少该方法",
			en: "JS-SDK not loaded, or the loaded version lacks the method",
			causes: {
				zh: [
					"jweixin 脚本尚未加载完成或被拦截时就调用了 wx.*",
					"页面不在微信/企业微信内置浏览器中打开，WeixinJSBridge 不存在",
					"jweixin 低于 1.2.0，或所用 npm 包版本没有 agentConfig",
					"打包时导入方式不对，拿到的 wx 对象不完整"
				],
				en: [
					"wx.* was called before the jweixin script finished loading, or the script was blocked",
					"The page is not running in the WeChat / WeCom in-app browser, so WeixinJSBridge does not exist",
					"jweixin is older than 1.2.0, or the npm wrapper version has no agentConfig",
					"A wrong import in the bundler yields an incomplete wx object"
				]
			},
			fixes: {
				zh: [
					"在脚本 onload 或 WeixinJSBridgeReady 事件之后再初始化",
					"通过 UA 中的 MicroMessenger / wxwork 判断环境，其他环境不调用",
					"企业微信使用 jweixin-1.2.0 及以上版本，或改用 @wecom/jssdk",
					"检查模块导入方式，确认 wx.config、wx.agentConfig 存在"
				],
				en: [
					"Initialise only after the script's onload or the WeixinJSBridgeReady event",
					"Detect the environment via MicroMessenger / wxwork in the user agent and skip the calls elsewhere",
					"On WeCom load jweixin 1.2.0 or later, or switch to @wecom/jssdk",
					"Check the import so that wx.config and wx.agentConfig actually exist"
				]
			},
			docUrl: "https://developers.weixin.qq.com/doc/offiaccount/OA_Web_Apps/JS-SDK.html"
		},
		{
			id: "system-error",
			patterns: [
				"system error",
				"系统错误",
				"timeout",
				"time out",
				"unknown error"
			],
			codes: [],
			apis: ["*"],
			zh: "临时系统错误、超时或未知错误",
			en: "Temporary system error, timeout or unknown failure",
			causes: {
				zh: [
					"客户端向微信服务器校验时网络异常或超时",
					"微信侧临时故障",
					"返回了不在已知列表中的错误信息（新版本或未公开的返回）"
				],
				en: [
					"The network failed or timed out while the client verified with WeChat's servers",
					"A temporary fault on WeChat's side",
					"An errMsg not in any known list (new client version or undocumented response)"
				]
			},
			fixes: {
				zh: [
					"检查网络后稍后重试；config 失败时可在 wx.error 中重新获取签名再试一次",
					"若带有“错误码：xxx”，按该错误码排查（如 63002 为签名问题、40048 为域名问题）",
					"开启 debug 记录完整 errMsg、客户端版本和时间，到开发者社区反馈"
				],
				en: [
					"Check the network and retry later; if config failed, fetch a fresh signature in wx.error and retry once",
					"If the message carries '错误码：xxx', troubleshoot by that code (63002 = signature, 40048 = domain)",
					"Enable debug, record the full errMsg, client version and time, and report it on the developer community"
				]
			},
			docUrl: "https://developers.weixin.qq.com/doc/offiaccount/OA_Web_Apps/JS-SDK.html"
		},
		{
			id: "user-cancel",
			patterns: ["cancel"],
			codes: [],
			apis: ["*"],
			zh: "用户取消了操作（非错误）",
			en: "The user cancelled the action (not an error)",
			causes: {
				zh: ["用户关闭了选图、扫码、选择地址等界面，或在支付收银台点了取消"],
				en: ["The user closed the image picker, scanner, address picker, etc., or cancelled at the payment cashier"]
			},
			fixes: {
				zh: ["把 :cancel 当作正常分支处理，不要作为失败上报", "支付取消后不要直接判定订单失败，以后端查单结果为准"],
				en: ["Treat :cancel as a normal branch and do not report it as a failure", "After a cancelled payment, decide the order state from the backend order query, not the client result"]
			},
			docUrl: "https://developers.weixin.qq.com/doc/offiaccount/OA_Web_Apps/JS-SDK.html"
		},
		{
			id: "wecom-agentconfig-fail",
			patterns: ["fail_invalid", "fail"],
			codes: [-30001],
			apis: ["agentConfig"],
			zh: "wx.agentConfig 注入失败（顺序、ticket 或参数）",
			en: "WeCom wx.agentConfig failed (call order, ticket type or parameters)",
			causes: {
				zh: [
					"企业微信 3.0.24 以前的版本要求先 wx.config 成功再调用 agentConfig，顺序不对或 config 未通过",
					"签名用了企业 jsapi_ticket，而 agentConfig 需要 type=agent_config 获取的应用 jsapi_ticket；或两者共用了同一组签名",
					"agentid 不属于该 corpid、应用已停用，或当前成员不在应用可见范围",
					"timestamp、nonceStr 与签名时不一致，或参数类型不符合文档"
				],
				en: [
					"On WeCom before 3.0.24, agentConfig only works after wx.config has succeeded; it was called too early or config failed",
					"It was signed with the corp jsapi_ticket instead of the app ticket from type=agent_config, or config and agentConfig share one signature",
					"The agentid does not belong to this corpid, the app is disabled, or the member is outside the app's visible range",
					"timestamp or nonceStr differ from the signed values, or a parameter has the wrong type per the docs"
				]
			},
			fixes: {
				zh: [
					"在 wx.ready 之后再调用 wx.agentConfig；新项目可改用 @wecom/jssdk 的 ww.register 统一注册",
					"后台分别计算两组签名：config 用 get_jsapi_ticket，agentConfig 用 ticket/get?type=agent_config，并各自缓存 7200 秒",
					"核对 agentid 是当前企业下已启用的应用，成员在可见范围内",
					"打开 hint 中的 open.work.weixin.qq.com/devtool/query?e=错误码 查询具体原因",
					"确认 jweixin 版本不低于 1.2.0"
				],
				en: [
					"Call wx.agentConfig after wx.ready; new projects can use ww.register from @wecom/jssdk instead",
					"Compute two signatures on the backend: config with get_jsapi_ticket, agentConfig with ticket/get?type=agent_config, each cached for 7200 s",
					"Check that the agentid is an enabled app of the current corp and the member is in its visible range",
					"Open the open.work.weixin.qq.com/devtool/query?e=<code> link from the hint to see the exact reason",
					"Make sure jweixin is 1.2.0 or later"
				]
			},
			docUrl: "https://developer.work.weixin.qq.com/document/path/94313"
		},
		{
			id: "open-tag-launch-fail",
			patterns: [
				"fail_check fail",
				"check fail",
				"fail"
			],
			codes: [],
			apis: ["launch"],
			zh: "开放标签拉起 App 失败",
			en: "Open tag wx-open-launch-app could not launch the app",
			causes: {
				zh: [
					"launch:fail_check fail：公众号与开放平台移动应用未关联到同一开放平台账号，或标签 appid 填成了公众号的",
					"launch:fail：当前打开页面的场景不支持拉起 App，或手机上没有安装该 App",
					"App 未接入微信 OpenSDK，或包名、签名与开放平台登记的不一致"
				],
				en: [
					"launch:fail_check fail: the Official Account and the mobile app are not bound to the same Open Platform account, or the tag's appid is the OA's",
					"launch:fail: the scene the page was opened from cannot launch apps, or the app is not installed",
					"The app does not integrate the WeChat OpenSDK, or its package name / signature differ from the Open Platform record"
				]
			},
			fixes: {
				zh: [
					"在开放平台把公众号和移动应用绑定到同一账号，标签的 appid 填移动应用的 AppID",
					"在 wx.config 的 openTagList 中声明 wx-open-launch-app，并确认 config 成功",
					"在 error 事件中读取 e.detail.errMsg 区分原因，失败时引导用户去应用商店或浏览器",
					"在真机上从公众号菜单、分享卡片等支持的入口打开页面测试"
				],
				en: [
					"Bind the Official Account and the mobile app to the same Open Platform account and put the mobile app's AppID on the tag",
					"Declare wx-open-launch-app in openTagList of wx.config and make sure config succeeded",
					"Read e.detail.errMsg in the error event to tell the cases apart and offer an app-store or browser fallback",
					"Test on a real device, opening the page from a supported entry such as the OA menu or a shared card"
				]
			},
			docUrl: "https://developers.weixin.qq.com/doc/offiaccount/OA_Web_Apps/Wechat_Open_Tag.html"
		},
		{
			id: "config-missing-params",
			patterns: ["fail"],
			codes: [],
			apis: ["config"],
			zh: "wx.config 参数不完整",
			en: "wx.config failed: required parameters missing or misnamed",
			causes: {
				zh: [
					"appId、timestamp、nonceStr、signature、jsApiList 中有缺失、为空或 undefined，常见于签名接口还没返回就调用了 config",
					"参数名写错，如 nonceStr 写成 noncestr、appId 写成 appid",
					"企业微信的 wx.config 中 appId 应填 corpid，却填了 agentid 或其他值"
				],
				en: [
					"appId, timestamp, nonceStr, signature or jsApiList is missing, empty or undefined, typically because config ran before the signature request returned",
					"Misnamed keys, e.g. noncestr instead of nonceStr or appid instead of appId",
					"On WeCom, appId in wx.config must be the corpid but an agentid or other value was passed"
				]
			},
			fixes: {
				zh: [
					"等签名接口返回后再调用 wx.config，并打印参数确认都非空",
					"严格按文档的驼峰命名填写 appId、timestamp、nonceStr、signature、jsApiList",
					"开启 debug: true 查看客户端给出的具体提示"
				],
				en: [
					"Call wx.config only after the signature request returns, and log the parameters to confirm none is empty",
					"Use the documented camelCase keys: appId, timestamp, nonceStr, signature, jsApiList",
					"Set debug: true to see the client's detailed message"
				]
			},
			docUrl: "https://developers.weixin.qq.com/doc/offiaccount/OA_Web_Apps/JS-SDK.html"
		}
	]
}, u = {
	description: "Endpoints that hand out the tickets JS-SDK signatures are made with; a JS-SDK failure is shown next to these calls when the page made them.",
	endpoints: [
		{
			platform: "weixin",
			path: "/cgi-bin/ticket/getticket",
			for: ["config"]
		},
		{
			platform: "wecom",
			path: "/cgi-bin/get_jsapi_ticket",
			for: ["config"]
		},
		{
			platform: "wecom",
			path: "/cgi-bin/ticket/get",
			for: ["agentConfig"]
		}
	]
}, d = l;
function f(e, t) {
	return u.endpoints.some((n) => n.platform === e.platform && n.path === e.path && n.for.includes(t));
}
// src/decode/jssdk/signature.ts
function p(e) {
	let t = e.indexOf("#");
	return t === -1 ? e : e.slice(0, t);
}
function m(e) {
	return `jsapi_ticket=${e.jsapiTicket}&noncestr=${e.nonceStr}&timestamp=${e.timestamp}&url=${p(e.url)}`;
}
async function h(e) {
	let t = await globalThis.crypto.subtle.digest("SHA-1", new TextEncoder().encode(m(e)));
	return Array.from(new Uint8Array(t), (e) => e.toString(16).padStart(2, "0")).join("");
}
// src/decode/jssdk/doctor.ts
var g = /* @__PURE__ */ new Set(["config", "agentConfig"]), _ = (e, ...t) => {
	if (typeof e != "object" || !e) return null;
	for (let n of t) {
		let t = e[n];
		if (typeof t == "string" && t !== "") return t;
		if (typeof t == "number" && Number.isFinite(t)) return String(t);
	}
	return null;
};
function v(e) {
	if (typeof e != "object" || !e) return [];
	let t = e.realAuthUrl;
	return (Array.isArray(t) ? t : [t]).filter((e) => typeof e == "string" && e !== "");
}
var y = (e) => e.key.slice(e.key.indexOf("@") + 1);
function b(e, t = []) {
	let n = p(e.url), r = {
		nonceStr: _(e.args, "nonceStr", "noncestr"),
		timestamp: _(e.args, "timestamp"),
		signature: _(e.args, "signature"),
		appId: _(e.args, e.api === "agentConfig" ? "corpid" : "appId", "corpId", "appid")
	}, i = [
		"appId",
		"timestamp",
		"nonceStr",
		"signature"
	].filter((e) => r[e] === null);
	e.api === "config" && !(typeof e.args == "object" && e.args !== null && Array.isArray(e.args.jsApiList)) && i.push("jsApiList");
	let a = [];
	e.resultUrl !== null && p(e.resultUrl) !== n && a.push({
		kind: "changed-after-config",
		url: p(e.resultUrl)
	});
	for (let t of v(e.res)) p(t) !== n && a.push({
		kind: "differs-from-reported",
		url: t
	});
	let o = t.find((t) => t.api === e.api && y(t) === y(e));
	return o && o !== e && p(o.url) !== n && a.push({
		kind: "entry-url",
		url: p(o.url)
	}), {
		signedUrl: n,
		params: r,
		missing: i,
		warnings: a
	};
}
async function x(e, t) {
	let { nonceStr: n, timestamp: r, signature: i } = e.params;
	if (n === null || r === null || t.trim() === "") return null;
	let a = {
		jsapiTicket: t.trim(),
		nonceStr: n,
		timestamp: r,
		url: e.signedUrl
	}, o = await h(a);
	return {
		string: m(a),
		expected: o,
		matches: i === null ? null : o === i.trim().toLowerCase()
	};
}
// src/view/JssdkView.tsx
var S = (e) => {
	try {
		return JSON.stringify(e == null ? null : e);
	} catch {
		return String(e);
	}
};
function C({ call: o, log: s, network: l, t: u, reveal: d, onShowNetworkCall: p }) {
	let m = b(o, s), [h, g] = t(""), [_, v] = t(null);
	e(() => {
		let e = !0;
		return x(m, h).then((t) => e && v(t)), () => {
			e = !1;
		};
	}, [h, o.key]);
	let y = n(d), S = (e) => d ? e : r(e), C = l.filter((e) => f(e, o.api));
	return /* @__PURE__ */ i("section", {
		class: "doctor",
		"aria-label": u.doctorTitle,
		children: [
			/* @__PURE__ */ i("h3", { children: u.doctorTitle }),
			/* @__PURE__ */ i("dl", { children: /* @__PURE__ */ i(c, {
				label: u.doctorSignedUrl,
				value: y.url(m.signedUrl),
				class: "signed-url"
			}) }),
			m.missing.length > 0 && /* @__PURE__ */ i("p", {
				class: "doctor-warning missing",
				children: u.doctorMissing(m.missing.join(", "))
			}),
			m.warnings.map((e) => /* @__PURE__ */ i("p", {
				class: `doctor-warning ${e.kind}`,
				children: e.kind === "changed-after-config" ? u.doctorChanged(y.url(e.url)) : e.kind === "entry-url" ? u.doctorEntryUrl(y.url(e.url)) : u.doctorReported(y.url(e.url))
			}, e.kind + e.url)),
			/* @__PURE__ */ i("label", {
				class: "doctor-ticket",
				children: [u.doctorTicket, /* @__PURE__ */ i("input", {
					type: "text",
					autocomplete: "off",
					spellcheck: !1,
					placeholder: u.doctorTicketPlaceholder,
					value: h,
					onInput: (e) => g(e.currentTarget.value)
				})]
			}),
			h.trim() !== "" && !_ && /* @__PURE__ */ i("p", {
				class: "muted",
				children: u.doctorNoParams
			}),
			_ && /* @__PURE__ */ i(a, { children: [/* @__PURE__ */ i("dl", { children: [
				/* @__PURE__ */ i(c, {
					label: u.doctorString,
					value: y.body(_.string),
					class: "signed-string"
				}),
				/* @__PURE__ */ i(c, {
					label: u.doctorExpected,
					value: S(_.expected),
					class: "expected-signature"
				}),
				/* @__PURE__ */ i(c, {
					label: u.doctorGiven,
					value: m.params.signature === null ? null : S(m.params.signature),
					class: "given-signature"
				})
			] }), _.matches !== null && /* @__PURE__ */ i("p", {
				class: `doctor-verdict ${_.matches ? "match" : "mismatch"}`,
				children: _.matches ? u.doctorMatch : u.doctorMismatch
			})] }),
			/* @__PURE__ */ i("h4", { children: u.ticketCalls }),
			C.length === 0 ? /* @__PURE__ */ i("p", {
				class: "muted",
				children: u.ticketNone
			}) : /* @__PURE__ */ i("ul", {
				class: "ticket-calls",
				children: C.map((e) => {
					var t;
					return /* @__PURE__ */ i("li", { children: /* @__PURE__ */ i("button", {
						type: "button",
						class: "link",
						"data-state": e.state,
						onClick: () => p(e.id),
						children: [
							e.method,
							" ",
							e.path,
							" → ",
							(t = e.errcode) == null ? e.status : t
						]
					}) }, e.id);
				})
			})
		]
	});
}
function w({ call: e, log: t, network: r, t: s, lang: l, reveal: u, onShowNetworkCall: f }) {
	var p;
	let m = n(u), h = e.errMsg !== null && e.state === "error" ? o(e.errMsg, d) : null;
	return /* @__PURE__ */ i("div", {
		class: "details jssdk-details",
		role: "region",
		"aria-label": e.api,
		children: [
			/* @__PURE__ */ i("h2", { children: [
				"wx.",
				e.api,
				" ",
				/* @__PURE__ */ i("span", {
					class: "muted",
					children: (p = e.errMsg) == null ? s.jssdkPending : p
				})
			] }),
			h && /* @__PURE__ */ i("section", {
				class: "diagnosis",
				children: [
					/* @__PURE__ */ i("p", {
						class: "meaning",
						children: h.meaning ? h.meaning[l] : s.jssdkUnknown
					}),
					h.causes && /* @__PURE__ */ i("ul", {
						class: "causes",
						children: h.causes[l].map((e) => /* @__PURE__ */ i("li", { children: e }, e))
					}),
					h.fixes && /* @__PURE__ */ i("ol", {
						class: "fixes",
						children: h.fixes[l].map((e) => /* @__PURE__ */ i("li", { children: e }, e))
					}),
					h.docUrl && /* @__PURE__ */ i("p", {
						class: "doc-links",
						children: /* @__PURE__ */ i("a", {
							href: h.docUrl,
							target: "_blank",
							rel: "noreferrer",
							children: h.docUrl
						})
					})
				]
			}),
			/* @__PURE__ */ i("dl", { children: /* @__PURE__ */ i(c, {
				label: s.jssdkPageUrl,
				value: m.url(e.url)
			}) }),
			/* @__PURE__ */ i("h3", { children: s.jssdkArgs }),
			/* @__PURE__ */ i("pre", {
				class: "body-raw jssdk-args",
				children: m.body(S(e.args))
			}),
			e.res !== null && /* @__PURE__ */ i(a, { children: [/* @__PURE__ */ i("h3", { children: s.jssdkResultRaw }), /* @__PURE__ */ i("pre", {
				class: "body-raw jssdk-res",
				children: m.body(S(e.res))
			})] }),
			g.has(e.api) && /* @__PURE__ */ i(C, {
				call: e,
				log: t,
				network: r,
				t: s,
				reveal: u,
				onShowNetworkCall: f
			})
		]
	});
}
function T({ state: e, network: n, t: r, lang: a, reveal: o, onEnable: c, onReload: l, onShowNetworkCall: u }) {
	let [d, f] = t(null), p = e.calls.find((e) => e.key === d);
	return /* @__PURE__ */ i("div", {
		class: "jssdk-view",
		children: [/* @__PURE__ */ i("div", {
			class: "toolbar jssdk-consent",
			children: [/* @__PURE__ */ i("label", {
				title: r.jssdkExplain,
				children: [/* @__PURE__ */ i("input", {
					type: "checkbox",
					class: "jssdk-switch",
					checked: e.enabled,
					disabled: e.origin === null,
					onChange: (e) => c(e.currentTarget.checked)
				}), e.origin === null ? r.jssdkNoSite : r.jssdkSwitch(e.origin)]
			}), /* @__PURE__ */ i("button", {
				type: "button",
				class: "jssdk-reload",
				disabled: !e.enabled,
				title: r.jssdkReloadTitle,
				onClick: l,
				children: r.jssdkReload
			})]
		}), e.calls.length === 0 ? /* @__PURE__ */ i("div", {
			class: "empty",
			role: "status",
			children: [/* @__PURE__ */ i("p", { children: e.enabled ? r.jssdkEmptyOn : r.jssdkEmptyOff }), /* @__PURE__ */ i("p", { children: r.jssdkExplain })]
		}) : /* @__PURE__ */ i("div", {
			class: `main${p ? " split" : ""}`,
			children: [/* @__PURE__ */ i("div", {
				class: "grid jssdk-list",
				role: "grid",
				"aria-label": "JS-SDK",
				children: [/* @__PURE__ */ i("div", {
					class: "row header",
					role: "row",
					children: [
						/* @__PURE__ */ i("span", {
							role: "columnheader",
							children: r.colTime
						}),
						/* @__PURE__ */ i("span", {
							role: "columnheader",
							children: r.colApi
						}),
						/* @__PURE__ */ i("span", {
							role: "columnheader",
							children: r.colResult
						})
					]
				}), e.calls.map((e) => {
					var t;
					return /* @__PURE__ */ i("div", {
						role: "row",
						tabIndex: 0,
						class: `row jssdk-row state-${e.state}${e.key === d ? " selected" : ""}`,
						"data-state": e.state,
						"data-api": e.api,
						"aria-selected": e.key === d,
						onClick: () => f(e.key),
						onKeyDown: (t) => {
							(t.key === "Enter" || t.key === " ") && f(e.key), t.key === "Escape" && f(null);
						},
						children: [
							/* @__PURE__ */ i("span", {
								role: "gridcell",
								children: s(new Date(e.at).toISOString())
							}),
							/* @__PURE__ */ i("span", {
								role: "gridcell",
								children: ["wx.", e.api]
							}),
							/* @__PURE__ */ i("span", {
								role: "gridcell",
								class: "errmsg",
								children: (t = e.errMsg) == null ? r.jssdkPending : t
							})
						]
					}, e.key);
				})]
			}), p && /* @__PURE__ */ i(w, {
				call: p,
				log: e.calls,
				network: n,
				t: r,
				lang: a,
				reveal: o,
				onShowNetworkCall: u
			})]
		})]
	});
}
export { T as JssdkView };
