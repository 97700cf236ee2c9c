"""Provider key shapes: secrets recognisable by their form alone, wherever they appear.

Derived from gitleaks' default ruleset: gitleaks v8.30.1-27-gb58d3f10 (commit
b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b, ``config/gitleaks.toml``), MIT License,
Copyright (c) 2019 Zachary Rice. The regexes are rewritten for Python's ``re``
and sometimes loosened (body lengths), since a redactor would rather over-match a
key than leak a new variant of it. Entropy floors are gitleaks' own.

Bodies longer than ~60 characters accept a shorter tail than gitleaks does: a title or
preview cut at N characters must not turn a key into something that leaks.

What is *not* here, and where it went:

* gitleaks rules keyed on a provider word with a generic value (``datadog ... =
  <40 alnum>``): a value that is only "32 hex chars" cannot be told from a digest
  without its name, so ``slots.py`` catches it by the name it is assigned to
  (``DD_API_KEY=``, ``"zendesk_token":``), and ``context.py`` in prose. Those whose
  *value* is distinctive (``NRAK-``, ``squ_``, ``sl.``, 22 ``A``s...) are promoted here.
* curl headers/users, URL passwords, ``generic-api-key``, nuget and Bundler
  credentials, Kubernetes secrets: credential *slots*, in ``slots.py``.
* client/account IDs (``adobe-client-id``, ``asana-client-id``...): identifiers, not
  secrets; and ``pkcs12-file``, a rule on file names.

Rules marked ``gcode`` in their rule id are additions not in gitleaks.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Shape:
    """One key shape. `pattern` matches the whole secret and has no capturing groups."""

    kind: str  # Finding.kind
    rules: str  # the gitleaks rule id(s) it stands for; "gcode:..." for additions
    pattern: str  # no capturing groups: shapes.py names the matching rule by its own group
    entropy: float = 0.0  # minimum Shannon entropy (bits/char) of the match
    mixed: bool = False  # must hold a digit and a letter: `sk-learn-compatible` is a word
    mixed_case: bool = False  # must hold upper and lower case letters
    keep: str = ""  # the secret starts after this regex's first match (keep webhook hosts)
    # Literals one of which a match must contain; required when `pattern` does not start
    # with a literal (shapes.py then runs it alone, only on text holding an anchor).
    anchors: tuple[str, ...] = ()


_S = Shape
_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
# base64 of the start of a JWT header key, from gitleaks' jwt-base64 rule
_JWT_B64_KEYS = (
    "aGJHY2lPaU|aGNIVWlPaU|aGNIWWlPaU|aGRXUWlPaU|aU5qUWlP|amNtbDBJanBi|amRIa2lPaU|bGNHc2lPbn|"
    "bGJtTWlPaU|cWEzVWlPaU|cWQyc2lPb|cGMzTWlPaU|cGRpSTZJ|cmFXUWlP|clpYbGZiM0J6SWpwY|"
    "cmRIa2lPaUp|dWIyNWpaU0k2|d01tTWlP|d01uTWlPaU|d2NIUWlPaU|emRXSWlPaU|emRuUWlP|MFlXY2lPaU|"
    "MGVYQWlPaUp|MWNtd2l|MWMyVWlPaUp|MlpYSWlPaU|MlpYSnphVzl1SWpv|NElqb2|NE5XTWlP|NE5YUWlPaU|"
    "NE5YUWpVekkxTmlJNkl|NE5YVWlPaU|NmFYQWlPaU"
)

# Order matters where prefixes overlap: the first alternative that matches wins.
# fmt: off
SHAPES: tuple[Shape, ...] = (
    # --- tokens that are JSON inside base64 -------------------------------------------
    _S("grafana-token", "grafana-api-key", r"eyJrIjoi[A-Za-z0-9]{40,400}={0,3}", 3),
    _S("grafana-token", "grafana-cloud-api-token", r"glc_[A-Za-z0-9+/]{32,400}={0,3}", 3),
    _S("grafana-token", "grafana-service-account-token", r"glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}", 3),
    _S("jwt", "jwt",
       r"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_/\\-]{8,}(?:\.[A-Za-z0-9_/\\-]+={0,2})?"),
    _S("jwt", "jwt-base64", rf"ZXlK(?:{_JWT_B64_KEYS})[A-Za-z0-9/_+-]{{40,}}={{0,2}}", 2),
    _S("onepassword-token", "1password-service-account-token",
       r"ops_eyJ[A-Za-z0-9+/]{60,}={0,3}", 4),
    _S("sentry-token", "sentry-org-token",
       r"sntrys_eyJpYXQiO[A-Za-z0-9+/=_]{20,}", 4.5),
    # --- AI providers -----------------------------------------------------------------
    _S("anthropic-key", "anthropic-api-key anthropic-admin-api-key",
       r"sk-ant-[A-Za-z0-9_-]{20,}"),
    _S("openai-key", "openai-api-key", r"sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,}",
       mixed=True),
    _S("huggingface-token", "huggingface-access-token", r"hf_[A-Za-z]{30,}", mixed_case=True),
    _S("huggingface-token", "huggingface-organization-api-token", r"api_org_[A-Za-z]{34}",
       mixed_case=True),
    _S("perplexity-key", "perplexity-api-key", r"pplx-[A-Za-z0-9]{48}", 4),
    # --- cloud ------------------------------------------------------------------------
    _S("aws-access-key", "aws-access-token", r"(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}"),
    _S("aws-bedrock-key", "aws-amazon-bedrock-api-key-long-lived",
       r"ABSK[A-Za-z0-9+/]{60,269}={0,2}", 3),
    _S("aws-bedrock-key", "aws-amazon-bedrock-api-key-short-lived",
       r"bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=%-]{20,}"),
    _S("google-api-key", "gcp-api-key", r"AIza[0-9A-Za-z_-]{35}"),
    _S("google-oauth-token", "gcode:google-oauth-access-token", r"ya29\.[A-Za-z0-9_-]{20,}",
       mixed=True),
    _S("google-oauth-token", "gcode:google-oauth-refresh-token", r"1//0[A-Za-z0-9_-]{40,}"),
    _S("google-oauth-token", "gcode:google-oauth-client-secret", r"GOCSPX-[A-Za-z0-9_-]{28}"),
    _S("azure-secret", "azure-ad-client-secret",
       r"[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}", 3, anchors=("Q~",)),
    _S("alibaba-key", "alibaba-access-key-id", r"LTAI[A-Za-z0-9]{20}", 2),
    _S("digitalocean-token", "digitalocean-pat digitalocean-access-token "
       "digitalocean-refresh-token", r"do[opr]_v1_[a-f0-9]{32,64}", 3),
    _S("cloudflare-key", "cloudflare-origin-ca-key", r"v1\.0-[a-f0-9]{24}-[a-f0-9]{20,146}", 2),
    _S("flyio-token", "flyio-access-token", r"fo1_[\w-]{43}", 4),
    _S("flyio-token", "flyio-access-token", r"fm(?:1[ar]|2)_[A-Za-z0-9+/]{60,}={0,3}", 4),
    _S("heroku-key", "heroku-api-key-v2", r"HRKU-AA[\w-]{58}", 4),
    _S("yandex-key", "yandex-access-token",
       r"t1\.[A-Za-z0-9_-]+={0,2}\.[A-Za-z0-9_-]{40,86}={0,2}"),
    _S("yandex-key", "yandex-api-key", r"AQVN[A-Za-z0-9_-]{35,38}", mixed=True),
    _S("clickhouse-key", "clickhouse-cloud-api-secret-key", r"4b1d[A-Za-z0-9]{38}", 3),
    _S("databricks-token", "databricks-api-token", r"dapi[a-f0-9]{32}(?:-\d)?", 3),
    _S("planetscale-token", "planetscale-api-token planetscale-oauth-token planetscale-password",
       r"pscale_(?:tkn|oauth|pw)_[\w=.-]{32,64}", 3),
    _S("scalingo-token", "scalingo-api-token", r"tk-us-[\w-]{48}", 2),
    _S("pulumi-token", "pulumi-api-token", r"pul-[a-f0-9]{40}", 2),
    _S("hashicorp-token", "hashicorp-tf-api-token",
       r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}", 3.5, anchors=(".atlasv1.",)),
    _S("vault-token", "vault-batch-token", r"hvb\.[\w-]{60,300}", 4),
    _S("vault-token", "vault-service-token", r"hvs\.[\w-]{60,120}", 3.5),
    _S("vault-token", "vault-service-token", r"s\.[A-Za-z0-9]{24}", 3.5, mixed=True),
    _S("doppler-token", "doppler-api-token", r"dp\.pt\.[A-Za-z0-9]{43}", 2),
    _S("onepassword-key", "1password-secret-key",
       r"A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}",
       3.8),
    _S("age-key", "age-secret-key", r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}"),
    _S("openshift-token", "openshift-user-token", r"sha256~[\w-]{43}", 3.5),
    # --- code hosting, CI, package registries ------------------------------------------
    _S("github-token", "github-pat github-oauth github-app-token github-refresh-token",
       r"gh[pousr]_[A-Za-z0-9]{30,255}"),
    _S("github-token", "github-fine-grained-pat", r"github_pat_[A-Za-z0-9_]{30,255}"),
    _S("gitlab-token", "gitlab-pat gitlab-pat-routable gitlab-deploy-token "
       "gitlab-runner-authentication-token gitlab-runner-authentication-token-routable "
       "gitlab-feed-token gitlab-scim-token gitlab-feature-flag-client-token "
       "gitlab-incoming-mail-token gitlab-kubernetes-agent-token gitlab-oauth-app-secret "
       "gitlab-ptt", r"gl(?:pat|dt|rt|ft|soat|ffct|imt|agent|oas|ptt)-[\w-]{20,300}"
       r"(?:\.[0-9a-z]{9})?"),
    _S("gitlab-token", "gitlab-cicd-job-token", r"glcbt-[0-9a-zA-Z]{1,5}_[\w-]{20,}", 3),
    _S("gitlab-token", "gitlab-rrt", r"GR1348941[\w-]{20,}", 3),
    _S("gitlab-token", "gitlab-session-cookie", r"_gitlab_session=[0-9a-z]{32}", 3, keep="="),
    _S("sourcegraph-token", "sourcegraph-access-token",
       r"sgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40}", 3),
    _S("npm-token", "npm-access-token", r"npm_[A-Za-z0-9]{36}"),
    _S("pypi-token", "pypi-upload-token", r"pypi-AgE[A-Za-z0-9_-]{30,}"),
    _S("rubygems-token", "rubygems-api-token", r"rubygems_[a-f0-9]{48}", 2),
    _S("clojars-token", "clojars-api-token", r"CLOJARS_[A-Za-z0-9]{60}", 2),
    _S("artifactory-key", "artifactory-api-key", r"AKCp[A-Za-z0-9]{40,69}", 4.5),
    _S("artifactory-key", "artifactory-reference-token", r"cmVmd[A-Za-z0-9]{40,59}", 4.5),
    _S("prefect-token", "prefect-api-token", r"pnu_[A-Za-z0-9]{36}", 2),
    _S("octopus-key", "octopus-deploy-api-key", r"API-[A-Z0-9]{26}", 3),
    _S("infracost-token", "infracost-api-token", r"ico-[A-Za-z0-9]{32}", 3),
    _S("readme-token", "readme-api-token", r"rdme_[a-z0-9]{32,70}", 2),
    _S("harness-key", "harness-api-key",
       r"(?:pat|sat)\.[\w-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}"),
    _S("sonar-token", "sonar-api-token", r"sq[upa]_[A-Za-z0-9]{40}", 3),
    # --- chat, mail, messaging --------------------------------------------------------
    _S("slack-token", "slack-config-access-token", r"xoxe\.xox[bp]-\d-[A-Za-z0-9]{60,166}", 2),
    _S("slack-token", "slack-bot-token slack-legacy-bot-token slack-user-token "
       "slack-legacy-token slack-legacy-workspace-token slack-config-refresh-token",
       r"xox[abposre]-[A-Za-z0-9-]{10,}"),
    _S("slack-token", "slack-app-token", r"xapp-\d-[A-Za-z0-9-]{10,}"),
    _S("slack-webhook", "slack-webhook-url",
       r"hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9/_+-]{10,}",
       keep=r"/(?:services|workflows|triggers)/"),
    _S("teams-webhook", "microsoft-teams-webhook",
       r"[a-z0-9-]+\.webhook\.office\.com/webhookb2/[A-Za-z0-9@/-]{20,}", keep="/webhookb2/",
       anchors=(".webhook.office.com/",)),
    _S("discord-token", "gcode:discord-bot-token",
       r"[MNO][A-Za-z0-9_-]{23,25}\.[\w-]{6}\.[\w-]{27,38}", 3.5, mixed=True),
    _S("telegram-token", "telegram-bot-api-token", r"\d{5,16}:A[\w-]{34}", 3, anchors=(":A",)),
    _S("twilio-key", "twilio-api-key", r"SK[0-9a-fA-F]{32}", 3),
    _S("sendgrid-key", "sendgrid-api-token", r"SG\.[\w-]{16,}\.[\w-]{16,}"),
    _S("sendinblue-key", "sendinblue-api-token",
       r"xkeysib-[a-f0-9]{32,64}(?:-[A-Za-z0-9]{1,16})?", 2),
    _S("mailchimp-key", "mailchimp-api-key", r"[a-f0-9]{32}-us\d{1,2}", 3, anchors=("-us",)),
    _S("notion-token", "notion-api-token", r"ntn_\d{11}[A-Za-z0-9]{35}", 4),
    _S("linear-key", "linear-api-key", r"lin_api_[A-Za-z0-9]{40}", 2),
    _S("atlassian-token", "atlassian-api-token", r"ATATT3[\w=-]{60,}", 3.5),
    _S("airtable-token", "airtable-personnal-access-token", r"pat[A-Za-z0-9]{14}\.[a-f0-9]{64}"),
    _S("postman-key", "postman-api-token", r"PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34}", 3),
    _S("typeform-token", "typeform-api-token", r"tfp_[\w.=-]{59}", 3),
    _S("frameio-token", "frameio-api-token", r"fio-u-[\w=-]{32,64}", 3),
    _S("settlemint-token", "settlemint-application-access-token "
       "settlemint-personal-access-token settlemint-service-access-token",
       r"sm_(?:aat|pat|sat)_[A-Za-z0-9]{16}", 3),
    _S("dropbox-token", "dropbox-short-lived-api-token", r"sl\.[\w=-]{60,}", 3),
    _S("dropbox-token", "dropbox-long-lived-api-token",
       r"[A-Za-z0-9]{10}[B-Za-z0-9]A{10}[B-Za-z0-9_=-][\w=-]{42}", 3, anchors=("AAAAAAAAAA",)),
    _S("twitter-token", "twitter-bearer-token", r"AAAAAAAAAAAAAAAAAAAAAA[A-Za-z0-9%]{40,100}", 3),
    _S("facebook-token", "facebook-page-access-token", r"EAA[MC][A-Za-z0-9]{60,}", 4),
    _S("facebook-token", "facebook-access-token", r"\d{15,16}[|%][0-9A-Za-z_-]{27,40}", 3,
       anchors=("|", "%")),
    _S("mapbox-token", "mapbox-api-token", r"[ps]k\.[A-Za-z0-9]{60}\.[A-Za-z0-9]{22}", 3),
    _S("mapbox-token", "gcode:mapbox-jwt-token", r"[ps]k\.eyJ[\w-]{20,}\.[\w-]{20,}"),
    _S("new-relic-key", "new-relic-user-api-key", r"NRAK-[A-Z0-9]{27}", 3),
    _S("new-relic-key", "new-relic-insert-key", r"NRII-[A-Za-z0-9-]{32}", 3),
    _S("new-relic-key", "new-relic-browser-api-token", r"NRJS-[a-f0-9]{19}", 3),
    _S("sentry-token", "sentry-user-token", r"sntryu_[a-f0-9]{32,64}", 3.5),
    _S("dynatrace-token", "dynatrace-api-token", r"dt0c01\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{16,64}", 4),
    _S("defined-networking-token", "defined-networking-api-token",
       r"dnkey-[\w=-]{26}-[\w=-]{52}", 3),
    _S("intra42-secret", "intra42-client-secret", r"s-s4t2(?:ud|af)-[a-f0-9]{32,64}", 3),
    _S("maxmind-key", "maxmind-license-key", r"[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk", 4,
       anchors=("_mmk",)),
    _S("authress-key", "authress-service-client-access-key",
       r"(?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\.[A-Za-z0-9]{4,6}\.acc[_-][A-Za-z0-9-]{10,32}"
       r"\.[A-Za-z0-9+/_=-]{30,120}", 2),
    # --- payments ---------------------------------------------------------------------
    _S("stripe-key", "stripe-access-token", r"[sr]k_(?:live|test|prod)_[A-Za-z0-9]{10,99}", 2),
    _S("stripe-key", "gcode:stripe-webhook-secret", r"whsec_[A-Za-z0-9+/=]{24,}"),
    _S("square-token", "square-access-token", r"(?:EAAA|sq0atp-)[\w-]{22,60}", 2, mixed=True),
    _S("square-token", "gcode:square-oauth-secret", r"sq0csp-[\w-]{30,43}", 3),
    _S("shopify-token", "shopify-access-token shopify-custom-access-token "
       "shopify-private-app-access-token shopify-shared-secret",
       r"shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}", 2),
    _S("shippo-token", "shippo-api-token", r"shippo_(?:live|test)_[a-fA-F0-9]{40}", 2),
    _S("duffel-token", "duffel-api-token", r"duffel_(?:test|live)_[\w=-]{43}", 2),
    _S("easypost-token", "easypost-api-token easypost-test-api-token",
       r"EZ[AT]K[A-Za-z0-9]{32,54}", 2),
    _S("flutterwave-key", "flutterwave-secret-key flutterwave-public-key "
       "flutterwave-encryption-key", r"FLW(?:SECK|PUBK)_TEST-[a-hA-H0-9]{12,32}(?:-X)?", 2),
    _S("plaid-token", "plaid-api-token", rf"access-(?:sandbox|development|production)-{_UUID}"),
    _S("lob-key", "lob-api-key lob-pub-api-key", r"(?:live|test)_(?:pub_)?[a-f0-9]{31,35}", 3),
    _S("gocardless-token", "gocardless-api-token", r"live_[\w=-]{40}", 3, mixed=True),
    _S("adobe-secret", "adobe-client-secret", r"p8e-[A-Za-z0-9]{32}", 2),
)
# fmt: on
