"""Planted key shapes: one fake value per gitleaks rule, in the text gcode stores.

The shapes come from gitleaks' default ruleset (v8.30.1-27, commit b58d3f1,
config/gitleaks.toml, MIT), read rule by rule: each spec below builds a value matching
that rule's regex, generated from a seeded RNG (none is real). Rules marked ``gcode:``
are shapes gitleaks lacks. Left out: client/account IDs (identifiers, not secrets) and
``pkcs12-file`` (a rule on file names), listed in EXCLUDED.

PREFIXED shapes are unmistakable on their own, so they are planted in any context,
names or not (prose, a bare pasted line, a log line). KEYWORDED shapes are gitleaks
rules whose value is generic ("40 alnum") and only a name says what it is; they are
planted under the names their providers document (DD_API_KEY=...). SLOTTED rules are
gitleaks' context rules (curl headers, nuget.config, Kubernetes secrets...).

KEY_SHAPES: (label, secret, text); `secret` must be gone after redaction.
"""

from __future__ import annotations

import base64
import json
import random
import re
import string

_rng = random.Random(1107)
_CLASSES = {
    "h": "0123456789abcdef",
    "H": "0123456789ABCDEF",
    "g": "0123456789abcdefgh",
    "a": string.ascii_letters + string.digits,
    "l": string.ascii_lowercase + string.digits,
    "u": string.ascii_uppercase + string.digits,
    "L": string.ascii_letters,
    "d": string.digits,
    "w": string.ascii_letters + string.digits + "_-",
    "x": string.ascii_lowercase + string.digits + "_-",
    "b": string.ascii_letters + string.digits + "+/",
    "q": "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L",
    "7": string.ascii_uppercase + "234567",
}
_SPEC_RE = re.compile(r"\{([A-Za-z0-9])(\d+)\}|\{(uuid|UUID)\}")


def _random(cls: str, n: int) -> str:
    """Random string of class `cls`: starts alphanumeric, mixes letters and digits."""
    alphabet = _CLASSES[cls]
    while True:
        s = "".join(_rng.choice(alphabet) for _ in range(n))
        if n > 1 and not s[0].isalnum():
            continue
        if n >= 6 and any(c.isdigit() for c in alphabet) and not any(c.isdigit() for c in s):
            continue
        if n >= 6 and any(c.isalpha() for c in alphabet) and not any(c.isalpha() for c in s):
            continue
        if cls == "L" and (s.islower() or s.isupper()):
            continue
        if "xxx" not in s.lower() and "aaa" not in s.lower():
            return s


def _uuid(upper: bool = False) -> str:
    u = "-".join(_random("h", n) for n in (8, 4, 4, 4, 12))
    return u.upper() if upper else u


def fill(spec: str) -> tuple[str, str]:
    """`'SK{h32}'` -> a value of that shape, and the part that is secret.

    A `<>` in the spec ends the part that may stay (a webhook host, a cookie name).
    """
    keep, _, secret = spec.rpartition("<>")

    def sub(m: re.Match[str]) -> str:
        if m.group(3):
            return _uuid(upper=m.group(3) == "UUID")
        return _random(m.group(1), int(m.group(2)))

    keep, secret = _SPEC_RE.sub(sub, keep), _SPEC_RE.sub(sub, secret)
    return keep + secret, secret


def _jwt() -> str:
    def part(obj: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

    head = part({"alg": "HS256", "typ": "JWT"})
    body = part({"sub": _random("d", 10), "iat": 1716000000 + _rng.randint(0, 10**6)})
    return f"{head}.{body}.{_random('w', 43)}"


_JWT = _jwt()

# (gitleaks rule id, value spec, env var name it is usually kept in)
# fmt: off
PREFIXED: list[tuple[str, str, str]] = [
    ("1password-secret-key", "A3-{u6}-{u11}-{u5}-{u5}-{u5}", "OP_SECRET_KEY"),
    ("1password-service-account-token", "ops_eyJ{b260}", "OP_SERVICE_ACCOUNT_TOKEN"),
    ("adobe-client-secret", "p8e-{a32}", "ADOBE_CLIENT_SECRET"),
    ("age-secret-key", "AGE-SECRET-KEY-1{q58}", "SOPS_AGE_KEY"),
    ("airtable-personnal-access-token", "pat{a14}.{h64}", "AIRTABLE_PAT"),
    ("alibaba-access-key-id", "LTAI{a20}", "ALIBABA_CLOUD_ACCESS_KEY_ID"),
    ("anthropic-api-key", "sk-ant-api03-{w93}AA", "ANTHROPIC_API_KEY"),
    ("anthropic-admin-api-key", "sk-ant-admin01-{w93}AA", "ANTHROPIC_ADMIN_KEY"),
    ("artifactory-api-key", "AKCp{a69}", "ARTIFACTORY_API_KEY"),
    ("artifactory-reference-token", "cmVmd{a59}", "JFROG_REFERENCE_TOKEN"),
    ("authress-service-client-access-key", "sc_{l20}.{l5}.acc_{l24}.{x60}", "AUTHRESS_KEY"),
    ("aws-access-token", "AKIA{716}", "AWS_ACCESS_KEY_ID"),
    ("aws-access-token (ASIA)", "ASIA{716}", "AWS_ACCESS_KEY_ID"),
    ("aws-amazon-bedrock-api-key-long-lived", "ABSK{b140}", "AWS_BEARER_TOKEN_BEDROCK"),
    ("aws-amazon-bedrock-api-key-short-lived",
     "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t{b120}", "AWS_BEARER_TOKEN_BEDROCK"),
    ("azure-ad-client-secret", "{a3}8Q~{a34}", "AZURE_CLIENT_SECRET"),
    ("clickhouse-cloud-api-secret-key", "4b1d{a38}", "CLICKHOUSE_KEY_SECRET"),
    ("clojars-api-token", "CLOJARS_{l60}", "CLOJARS_DEPLOY_TOKEN"),
    ("cloudflare-origin-ca-key", "v1.0-{h24}-{h146}", "CF_ORIGIN_CA_KEY"),
    ("databricks-api-token", "dapi{h32}", "DATABRICKS_TOKEN"),
    ("digitalocean-pat", "dop_v1_{h64}", "DIGITALOCEAN_TOKEN"),
    ("digitalocean-access-token", "doo_v1_{h64}", "DO_OAUTH_TOKEN"),
    ("digitalocean-refresh-token", "dor_v1_{h64}", "DO_REFRESH_TOKEN"),
    ("doppler-api-token", "dp.pt.{a43}", "DOPPLER_TOKEN"),
    ("duffel-api-token", "duffel_test_{a43}", "DUFFEL_ACCESS_TOKEN"),
    ("dynatrace-api-token", "dt0c01.{u24}.{a64}", "DT_API_TOKEN"),
    ("easypost-api-token", "EZAK{a54}", "EASYPOST_API_KEY"),
    ("easypost-test-api-token", "EZTK{a54}", "EASYPOST_TEST_API_KEY"),
    ("facebook-access-token", "{d15}|{l32}", "FB_ACCESS_TOKEN"),
    ("facebook-page-access-token", "EAAM{a120}", "FB_PAGE_TOKEN"),
    ("flutterwave-secret-key", "FLWSECK_TEST-{g32}-X", "FLW_SECRET_KEY"),
    ("flutterwave-public-key", "FLWPUBK_TEST-{g32}-X", "FLW_PUBLIC_KEY"),
    ("flutterwave-encryption-key", "FLWSECK_TEST-{g12}", "FLW_ENCRYPTION_KEY"),
    ("flyio-access-token", "fo1_{w43}", "FLY_API_TOKEN"),
    ("flyio-access-token (fm2_)", "fm2_{b140}", "FLY_API_TOKEN"),
    ("frameio-api-token", "fio-u-{w64}", "FRAMEIO_TOKEN"),
    ("gcp-api-key", "AIza{w35}", "GOOGLE_API_KEY"),
    ("github-pat", "ghp_{a36}", "GITHUB_TOKEN"),
    ("github-oauth", "gho_{a36}", "GH_OAUTH_TOKEN"),
    ("github-app-token", "ghs_{a36}", "GH_APP_TOKEN"),
    ("github-app-token (ghu_)", "ghu_{a36}", "GH_USER_TOKEN"),
    ("github-refresh-token", "ghr_{a36}", "GH_REFRESH_TOKEN"),
    ("github-fine-grained-pat", "github_pat_{a22}_{a59}", "GH_TOKEN"),
    ("gitlab-pat", "glpat-{w20}", "GITLAB_TOKEN"),
    ("gitlab-pat-routable", "glpat-{w27}.01{l7}", "GITLAB_TOKEN"),
    ("gitlab-cicd-job-token", "glcbt-{a5}_{w20}", "CI_JOB_TOKEN"),
    ("gitlab-deploy-token", "gldt-{w20}", "CI_DEPLOY_PASSWORD"),
    ("gitlab-feature-flag-client-token", "glffct-{w20}", "UNLEASH_INSTANCE_TOKEN"),
    ("gitlab-feed-token", "glft-{w20}", "GITLAB_FEED_TOKEN"),
    ("gitlab-incoming-mail-token", "glimt-{w25}", "GITLAB_INCOMING_EMAIL_TOKEN"),
    ("gitlab-kubernetes-agent-token", "glagent-{w50}", "AGENT_TOKEN"),
    ("gitlab-oauth-app-secret", "gloas-{w64}", "GITLAB_OAUTH_SECRET"),
    ("gitlab-ptt", "glptt-{h40}", "TRIGGER_TOKEN"),
    ("gitlab-rrt", "GR1348941{w20}", "RUNNER_REGISTRATION_TOKEN"),
    ("gitlab-runner-authentication-token", "glrt-{w20}", "RUNNER_TOKEN"),
    ("gitlab-runner-authentication-token-routable", "glrt-t1_{w27}.{l9}", "RUNNER_TOKEN"),
    ("gitlab-scim-token", "glsoat-{w20}", "GITLAB_SCIM_TOKEN"),
    ("gitlab-session-cookie", "_gitlab_session=<>{l32}", "GITLAB_COOKIE"),
    ("grafana-api-key", "eyJrIjoi{a80}", "GRAFANA_API_KEY"),
    ("grafana-cloud-api-token", "glc_{a48}", "GRAFANA_CLOUD_TOKEN"),
    ("grafana-service-account-token", "glsa_{a32}_{h8}", "GRAFANA_SA_TOKEN"),
    ("harness-api-key", "pat.{w22}.{a24}.{a20}", "HARNESS_PLATFORM_API_KEY"),
    ("hashicorp-tf-api-token", "{l14}.atlasv1.{l64}", "TFE_TOKEN"),
    ("heroku-api-key-v2", "HRKU-AA{w58}", "HEROKU_API_KEY"),
    ("huggingface-access-token", "hf_{L34}", "HF_TOKEN"),
    ("huggingface-organization-api-token", "api_org_{L34}", "HF_ORG_TOKEN"),
    ("infracost-api-token", "ico-{a32}", "INFRACOST_API_KEY"),
    ("intra42-client-secret", "s-s4t2ud-{h64}", "FT_CLIENT_SECRET"),
    ("jwt", _JWT, "SUPABASE_SERVICE_ROLE_KEY"),
    ("jwt-base64", base64.b64encode(_jwt().encode()).decode().rstrip("="), "SESSION_BLOB"),
    ("linear-api-key", "lin_api_{a40}", "LINEAR_API_KEY"),
    ("maxmind-license-key", "{a6}_{a29}_mmk", "MAXMIND_LICENSE_KEY"),
    ("microsoft-teams-webhook",
     "https://acme.webhook.office.com/webhookb2/<>{uuid}@{uuid}/IncomingWebhook/{l32}/{uuid}",
     "TEAMS_WEBHOOK"),
    ("notion-api-token", "ntn_{d11}{a35}", "NOTION_TOKEN"),
    ("npm-access-token", "npm_{a36}", "NPM_TOKEN"),
    ("octopus-deploy-api-key", "API-{u26}", "OCTOPUS_API_KEY"),
    ("openai-api-key", "sk-proj-{w74}T3BlbkFJ{w74}", "OPENAI_API_KEY"),
    ("openai-api-key (legacy)", "sk-{a20}T3BlbkFJ{a20}", "OPENAI_API_KEY"),
    ("openai-api-key (svcacct)", "sk-svcacct-{w58}T3BlbkFJ{w58}", "OPENAI_API_KEY"),
    ("openshift-user-token", "sha256~{w43}", "OC_TOKEN"),
    ("perplexity-api-key", "pplx-{a48}", "PERPLEXITY_API_KEY"),
    ("planetscale-api-token", "pscale_tkn_{w43}", "PLANETSCALE_SERVICE_TOKEN"),
    ("planetscale-oauth-token", "pscale_oauth_{w43}", "PLANETSCALE_OAUTH_TOKEN"),
    ("planetscale-password", "pscale_pw_{w43}", "DATABASE_PASSWORD"),
    ("postman-api-token", "PMAK-{h24}-{h34}", "POSTMAN_API_KEY"),
    ("prefect-api-token", "pnu_{a36}", "PREFECT_API_KEY"),
    ("pulumi-api-token", "pul-{h40}", "PULUMI_ACCESS_TOKEN"),
    ("pypi-upload-token", "pypi-AgEIcHlwaS5vcmc{w70}", "TWINE_PASSWORD"),
    ("readme-api-token", "rdme_{l70}", "README_API_KEY"),
    ("rubygems-api-token", "rubygems_{h48}", "GEM_HOST_API_KEY"),
    ("scalingo-api-token", "tk-us-{w48}", "SCALINGO_API_TOKEN"),
    ("sendgrid-api-token", "SG.{w22}.{w43}", "SENDGRID_API_KEY"),
    ("sendinblue-api-token", "xkeysib-{h64}-{a16}", "BREVO_API_KEY"),
    ("sentry-org-token", "sntrys_eyJpYXQiO{b40}LCJyZWdpb25fdXJs{b40}_{b43}", "SENTRY_AUTH_TOKEN"),
    ("sentry-user-token", "sntryu_{h64}", "SENTRY_AUTH_TOKEN"),
    ("settlemint-application-access-token", "sm_aat_{a16}", "SETTLEMINT_ACCESS_TOKEN"),
    ("settlemint-personal-access-token", "sm_pat_{a16}", "SETTLEMINT_PAT"),
    ("settlemint-service-access-token", "sm_sat_{a16}", "SETTLEMINT_SAT"),
    ("shippo-api-token", "shippo_live_{h40}", "SHIPPO_API_KEY"),
    ("shopify-access-token", "shpat_{h32}", "SHOPIFY_ACCESS_TOKEN"),
    ("shopify-custom-access-token", "shpca_{h32}", "SHOPIFY_CUSTOM_TOKEN"),
    ("shopify-private-app-access-token", "shppa_{h32}", "SHOPIFY_PRIVATE_APP_PASSWORD"),
    ("shopify-shared-secret", "shpss_{h32}", "SHOPIFY_SHARED_SECRET"),
    ("slack-app-token", "xapp-1-A{u10}-{d13}-{h64}", "SLACK_APP_TOKEN"),
    ("slack-bot-token", "xoxb-{d12}-{d13}-{a24}", "SLACK_BOT_TOKEN"),
    ("slack-config-access-token", "xoxe.xoxp-1-{u164}", "SLACK_CONFIG_TOKEN"),
    ("slack-config-refresh-token", "xoxe-1-{u146}", "SLACK_CONFIG_REFRESH_TOKEN"),
    ("slack-legacy-bot-token", "xoxb-{d10}-{a24}", "SLACK_LEGACY_BOT_TOKEN"),
    ("slack-legacy-token", "xoxs-{d10}-{d10}-{d10}-{h64}", "SLACK_LEGACY_TOKEN"),
    ("slack-legacy-workspace-token", "xoxa-2-{a40}", "SLACK_WORKSPACE_TOKEN"),
    ("slack-user-token", "xoxp-{d12}-{d12}-{d12}-{h32}", "SLACK_USER_TOKEN"),
    ("slack-webhook-url", "https://hooks.slack.com/services/<>T{u8}/B{u10}/{a24}", "SLACK_WEBHOOK"),
    ("sourcegraph-access-token", "sgp_{h16}_{h40}", "SRC_ACCESS_TOKEN"),
    ("square-access-token", "EAAA{w60}", "SQUARE_ACCESS_TOKEN"),
    ("square-access-token (sq0atp-)", "sq0atp-{w22}", "SQUARE_ACCESS_TOKEN"),
    ("stripe-access-token", "sk_live_{a99}", "STRIPE_SECRET_KEY"),
    ("stripe-access-token (rk_prod)", "rk_prod_{a24}", "STRIPE_RESTRICTED_KEY"),
    ("twilio-api-key", "SK{h32}", "TWILIO_API_KEY"),
    ("vault-batch-token", "hvb.{w150}", "VAULT_TOKEN"),
    ("vault-service-token", "hvs.{w95}", "VAULT_TOKEN"),
    ("vault-service-token (legacy s.)", "s.{a24}", "VAULT_TOKEN"),
    ("atlassian-api-token", "ATATT3{w186}", "ATLASSIAN_API_TOKEN"),
    # keyword rules whose value is distinctive enough to be caught anywhere
    ("mailchimp-api-key", "{h32}-us14", "MAILCHIMP_API_KEY"),
    ("mapbox-api-token", "pk.{a60}.{a22}", "MAPBOX_ACCESS_TOKEN"),
    ("new-relic-user-api-key", "NRAK-{u27}", "NEW_RELIC_API_KEY"),
    ("new-relic-insert-key", "NRII-{l32}", "NEW_RELIC_INSERT_KEY"),
    ("new-relic-browser-api-token", "NRJS-{h19}", "NEW_RELIC_BROWSER_KEY"),
    ("plaid-api-token", "access-sandbox-{uuid}", "PLAID_ACCESS_TOKEN"),
    ("sonar-api-token", "squ_{h40}", "SONAR_TOKEN"),
    ("typeform-api-token", "tfp_{w59}", "TYPEFORM_TOKEN"),
    ("yandex-access-token", "t1.{w20}.{w86}", "YC_IAM_TOKEN"),
    ("yandex-api-key", "AQVN{w36}", "YC_API_KEY"),
    ("defined-networking-api-token", "dnkey-{w26}-{w52}", "DN_API_KEY"),
    ("dropbox-short-lived-api-token", "sl.{w140}", "DROPBOX_ACCESS_TOKEN"),
    ("dropbox-long-lived-api-token", "{l11}AAAAAAAAAA{l1}{w42}", "DROPBOX_ACCESS_TOKEN"),
    ("twitter-bearer-token", "AAAAAAAAAAAAAAAAAAAAAA{a40}%2B{a40}", "TWITTER_BEARER_TOKEN"),
    ("telegram-bot-api-token", "{d10}:AA{w33}", "TELEGRAM_BOT_TOKEN"),
    ("lob-api-key", "live_{h35}", "LOB_API_KEY"),
    ("lob-pub-api-key", "test_pub_{h31}", "LOB_PUBLISHABLE_KEY"),
    ("gocardless-api-token", "live_{w40}", "GOCARDLESS_ACCESS_TOKEN"),
    # gcode additions
    ("gcode:google-oauth-access-token", "ya29.a0{w150}", "GOOGLE_OAUTH_ACCESS_TOKEN"),
    ("gcode:google-oauth-refresh-token", "1//0{w60}", "GOOGLE_REFRESH_TOKEN"),
    ("gcode:google-oauth-client-secret", "GOCSPX-{w28}", "GOOGLE_CLIENT_SECRET"),
    ("gcode:discord-bot-token", "M{a23}.{w6}.{w27}", "DISCORD_BOT_TOKEN"),
    ("gcode:stripe-webhook-secret", "whsec_{a32}", "STRIPE_WEBHOOK_SECRET"),
    ("gcode:square-oauth-secret", "sq0csp-{w43}", "SQUARE_APPLICATION_SECRET"),
    ("gcode:mapbox-jwt-token", "sk.eyJ1Ijoi{a20}.{w22}", "MAPBOX_SECRET_TOKEN"),
    ("gcode:openai-legacy-key", "sk-{a48}", "OPENAI_API_KEY"),
]

KEYWORDED: list[tuple[str, str, str]] = [
    ("adafruit-api-key", "{x32}", "ADAFRUIT_IO_KEY"),
    ("airtable-api-key", "key{a14}", "AIRTABLE_API_KEY"),
    ("algolia-api-key", "{l32}", "ALGOLIA_ADMIN_API_KEY"),
    ("alibaba-secret-key", "{a30}", "ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
    ("asana-client-secret", "{l32}", "ASANA_CLIENT_SECRET"),
    ("atlassian-api-token (keyword)", "{l20}{h4}", "JIRA_API_TOKEN"),
    ("beamer-api-token", "b_{x44}", "BEAMER_API_KEY"),
    ("bitbucket-client-secret", "{x64}", "BITBUCKET_CLIENT_SECRET"),
    ("bittrex-access-key", "{l32}", "BITTREX_API_KEY"),
    ("bittrex-secret-key", "{l32}", "BITTREX_API_SECRET"),
    ("cisco-meraki-api-key", "{h40}", "MERAKI_DASHBOARD_API_KEY"),
    ("cloudflare-api-key", "{x40}", "CLOUDFLARE_API_TOKEN"),
    ("cloudflare-global-api-key", "{h37}", "CLOUDFLARE_API_KEY"),
    ("codecov-access-token", "{l32}", "CODECOV_TOKEN"),
    ("cohere-api-token", "{a40}", "CO_API_KEY"),
    ("coinbase-access-token", "{x64}", "COINBASE_API_SECRET"),
    ("confluent-access-token", "{u16}", "CONFLUENT_CLOUD_API_KEY"),
    ("confluent-secret-key", "{a64}", "CONFLUENT_CLOUD_API_SECRET"),
    ("contentful-delivery-api-token", "{w43}", "CONTENTFUL_DELIVERY_TOKEN"),
    ("datadog-access-token", "{l40}", "DD_APP_KEY"),
    ("discord-api-token", "{h64}", "DISCORD_BOT_TOKEN"),
    ("discord-client-secret", "{x32}", "DISCORD_CLIENT_SECRET"),
    ("droneci-access-token", "{l32}", "DRONE_TOKEN"),
    ("dropbox-api-token", "{l15}", "DROPBOX_APP_SECRET"),
    ("etsy-access-token", "{l24}", "ETSY_API_KEY"),
    ("facebook-secret", "{h32}", "FACEBOOK_APP_SECRET"),
    ("fastly-api-token", "{x32}", "FASTLY_API_TOKEN"),
    ("finicity-api-token", "{h32}", "FINICITY_APP_KEY"),
    ("finicity-client-secret", "{l20}", "FINICITY_PARTNER_SECRET"),
    ("finnhub-access-token", "{l20}", "FINNHUB_API_KEY"),
    ("flickr-access-token", "{l32}", "FLICKR_API_KEY"),
    ("freshbooks-access-token", "{l64}", "FRESHBOOKS_ACCESS_TOKEN"),
    ("gitter-access-token", "{x40}", "GITTER_TOKEN"),
    ("heroku-api-key", "{uuid}", "HEROKU_API_KEY"),
    ("hubspot-api-key", "{UUID}", "HUBSPOT_API_KEY"),
    ("intercom-api-key", "{x60}", "INTERCOM_ACCESS_TOKEN"),
    ("jfrog-api-key", "{l73}", "JFROG_API_KEY"),
    ("jfrog-identity-token", "{l64}", "JFROG_ACCESS_TOKEN"),
    ("kraken-access-token", "{b88}", "KRAKEN_PRIVATE_KEY"),
    ("kucoin-access-token", "{h24}", "KUCOIN_API_KEY"),
    ("kucoin-secret-key", "{uuid}", "KUCOIN_API_SECRET"),
    ("launchdarkly-access-token", "{x40}", "LAUNCHDARKLY_ACCESS_TOKEN"),
    ("linear-client-secret", "{h32}", "LINEAR_CLIENT_SECRET"),
    ("linkedin-client-secret", "{l16}", "LINKEDIN_CLIENT_SECRET"),
    ("looker-client-secret", "{l24}", "LOOKERSDK_CLIENT_SECRET"),
    ("mailgun-private-api-token", "key-{h32}", "MAILGUN_API_KEY"),
    ("mailgun-pub-key", "pubkey-{h32}", "MAILGUN_PUBLIC_KEY"),
    ("mailgun-signing-key", "{g32}-{g8}-{g8}", "MAILGUN_WEBHOOK_SIGNING_KEY"),
    ("mattermost-access-token", "{l26}", "MATTERMOST_ACCESS_TOKEN"),
    ("messagebird-api-token", "{l25}", "MESSAGEBIRD_ACCESS_KEY"),
    ("netlify-access-token", "{x43}", "NETLIFY_AUTH_TOKEN"),
    ("nytimes-access-token", "{x32}", "NYTIMES_API_KEY"),
    ("okta-access-token", "00{w40}", "OKTA_API_TOKEN"),
    ("plaid-secret-key", "{l30}", "PLAID_SECRET"),
    ("privateai-api-token", "{l32}", "PRIVATE_AI_API_KEY"),
    ("rapidapi-access-token", "{x50}", "RAPIDAPI_KEY"),
    ("sendbird-access-token", "{h40}", "SENDBIRD_API_TOKEN"),
    ("sentry-access-token", "{h64}", "SENTRY_AUTH_TOKEN"),
    ("sidekiq-secret", "{h8}:{h8}", "BUNDLE_ENTERPRISE__CONTRIBSYS__COM"),
    ("snyk-api-token", "{uuid}", "SNYK_TOKEN"),
    ("squarespace-access-token", "{uuid}", "SQUARESPACE_API_KEY"),
    ("sumologic-access-token", "{a64}", "SUMO_ACCESS_KEY"),
    ("travisci-access-token", "{l22}", "TRAVIS_API_TOKEN"),
    ("trello-access-token", "{a32}", "TRELLO_TOKEN"),
    ("twitch-api-token", "{l30}", "TWITCH_CLIENT_SECRET"),
    ("twitter-access-secret", "{l45}", "TWITTER_ACCESS_TOKEN_SECRET"),
    ("twitter-access-token", "{d19}-{a40}", "TWITTER_ACCESS_TOKEN"),
    ("twitter-api-key", "{l25}", "TWITTER_API_KEY"),
    ("twitter-api-secret", "{l50}", "TWITTER_API_SECRET"),
    ("yandex-aws-access-token", "YC{w38}", "YC_SECRET_ACCESS_KEY"),
    ("zendesk-secret-key", "{l40}", "ZENDESK_API_TOKEN"),
    ("generic-api-key", "{a32}", "SEARCH_API_KEY"),
]
# fmt: on

# gitleaks context rules: (rule id, value spec, text with {v} where the value goes)
SLOTTED: list[tuple[str, str, str]] = [
    ("curl-auth-header", "{w40}",
     'curl -sS -H "Authorization: Bearer {v}" https://api.internal.dev/v2/builds'),
    ("curl-auth-header (api key)", "{a32}",
     "curl -H 'X-API-Key: {v}' https://search.internal/indexes"),
    ("curl-auth-user", "{a14}!", "curl -u deploy:{v} https://ci.internal/job/api/build"),
    ("nuget-config-password", "{a16}",
     '<packageSourceCredentials><feed><add key="ClearTextPassword" value="{v}" /></feed>'),
    ("hashicorp-tf-password", "{l16}", 'administrator_login_password = "{v}"'),
    ("freemius-secret-key", "sk_{a29}", "'secret_key' => '{v}',"),
    ("kubernetes-secret-yaml", "{b24}==",
     "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: {v}\n"),
    ("sidekiq-sensitive-url", "{h8}",
     'source "https://a1b2c3d4:{v}@enterprise.contribsys.com/" do'),
    ("private-key", "-----BEGIN EC PRIVATE KEY-----\n{b64}\n{b64}\n{b20}==\n"
     "-----END EC PRIVATE KEY-----", "here is the deploy key, add it to the runner:\n{v}\nthanks"),
]  # fmt: skip

EXCLUDED = (
    "adobe-client-id", "asana-client-id", "bitbucket-client-id", "discord-client-id",
    "linkedin-client-id", "looker-client-id", "messagebird-client-id", "plaid-client-id",
    "sendbird-access-id", "sumologic-access-id", "new-relic-user-api-id", "pkcs12-file",
)  # fmt: skip

# Contexts for prefixed shapes: anywhere, with or without a name.
_ANYWHERE = (
    "here's the {what}: {v}",
    "export {ENV}={v}",
    '{{"{snake}": "{v}", "region": "eu-west-1"}}',
    "{snake}: {v}",
    "I rotated it yesterday, the old one was {v} (still in the CI logs)",
    "{v}",
    "ERROR 401 from upstream, sent {v} as the credential, retrying in 3s",
    "docker run -e {ENV}={v} acme/worker:1.4.2",
    'client = Client("{v}", timeout=30)',
    "paste {v} into the dashboard and hit save",
    "[default]\n{snake} = {v}\nregion = eu-west-1",
    "- name: deploy\n  env:\n    {ENV}: '{v}'",
)
# Contexts for keyworded shapes: the name is what marks them.
_NAMED = (
    "export {ENV}={v}",
    '{ENV}="{v}"',
    '{{"{camel}": "{v}", "timeout": 30}}',
    "{snake}: {v}",
    '{snake} = "{v}"',
    "heroku config:set {ENV}={v} -a shop-prod",
    "docker run -e {ENV}={v} acme/app:2.0",
    "<{camel}>{v}</{camel}>",
    "set -x {ENV} {v}",
    "./scripts/deploy.sh --{kebab} {v} --env prod",
)
_PROSE_NAMED = "btw the {what} is {v}, rotate it after the demo"
_PROSE_ENDINGS = ("token", "secret", "password", "key")


def _names(env: str) -> dict[str, str]:
    words = env.lower().split("_")
    camel = words[0] + "".join(w.capitalize() for w in words[1:])
    return {
        "ENV": env,
        "snake": env.lower(),
        "camel": camel,
        "kebab": "-".join(words),
        "what": " ".join(words),
    }


def _build() -> list[tuple[str, str, str]]:
    cases: list[tuple[str, str, str]] = []
    for i, (rule, spec, env) in enumerate(PREFIXED):
        value, secret = fill(spec)
        text = _ANYWHERE[i % len(_ANYWHERE)].format(v=value, **_names(env))
        cases.append((f"shape {rule}", secret, text))
    for i, (rule, spec, env) in enumerate(KEYWORDED):
        value, secret = fill(spec)
        names = _names(env)
        template = _NAMED[i % len(_NAMED)]
        if i % 4 == 3 and names["what"].split()[-1] in _PROSE_ENDINGS:
            template = _PROSE_NAMED
        cases.append((f"shape {rule}", secret, template.format(v=value, **names)))
    for rule, spec, template in SLOTTED:
        value, secret = fill(spec)
        cases.append((f"shape {rule}", secret, template.format(v=value)))
    return cases


KEY_SHAPES: list[tuple[str, str, str]] = _build()
