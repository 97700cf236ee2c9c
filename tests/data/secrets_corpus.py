"""Corpora for tests/test_redact.py.

PLANTED: (label, secrets, text) — fake secrets of the right *shape*, generated
deterministically from a seeded RNG (none is real), embedded in the kinds of text
gcode stores: chat sentences, shell commands, .env/export lines, JSON, YAML, code,
private key blocks, JWTs. Every string in `secrets` must be gone after redaction.

The key-shape corpus (key_shapes.py, one case per gitleaks rule) and the prose corpus
(prose_secrets.py, shapeless passwords) are appended to PLANTED, so every door the
end-to-end tests open is tried with every shape.

ORDINARY: everyday developer commands and facts that must come through unchanged,
here and in ordinary_corpus.py.
"""

from __future__ import annotations

import base64
import json
import random
import string

from data.key_shapes import KEY_SHAPES
from data.ordinary_corpus import ORDINARY_MORE
from data.prose_secrets import PROSE

_rng = random.Random(20240611)

_LOWER = string.ascii_lowercase
_UPPER = string.ascii_uppercase
_DIGITS = string.digits
_ALNUM = _LOWER + _UPPER + _DIGITS
_URLSAFE = _ALNUM + "-_"
_B64 = _ALNUM + "+/"


def _r(alphabet: str, n: int) -> str:
    """Random string that surely mixes letters and digits (real keys do)."""
    while True:
        s = "".join(_rng.choice(alphabet) for _ in range(n))
        has_digit = any(c.isdigit() for c in s) or not set(alphabet) & set(_DIGITS)
        has_alpha = any(c.isalpha() for c in s) or not set(alphabet) & set(_LOWER + _UPPER)
        if has_digit and has_alpha and "xxx" not in s.lower():
            return s


def _password(n: int = 14) -> str:
    return _r(_ALNUM, n - 2) + _rng.choice("!%^*") + _rng.choice(_DIGITS)


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _jwt() -> str:
    header = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    payload = _b64url(
        json.dumps(
            {"sub": _r(_DIGITS, 10), "name": "Jane Doe", "iat": 1716000000 + _rng.randint(0, 10**6)}
        ).encode()
    )
    return f"{header}.{payload}.{_r(_URLSAFE, 43)}"


def _key_block(label: str, lines: int = 6) -> tuple[str, list[str]]:
    body = [_r(_B64, 64) for _ in range(lines)] + [_r(_B64, 20) + "=="]
    block = f"-----BEGIN {label}-----\n" + "\n".join(body) + f"\n-----END {label}-----"
    return block, body


# --- fake secrets ---------------------------------------------------------------------

OPENAI_LEGACY = "sk-" + _r(_ALNUM, 48)
OPENAI_PROJ = "sk-proj-" + _r(_URLSAFE, 74) + "T3BlbkFJ" + _r(_URLSAFE, 74)
OPENAI_PROJ2 = "sk-proj-" + _r(_URLSAFE, 120)
OPENAI_SVC = "sk-svcacct-" + _r(_URLSAFE, 100)
ANTHROPIC = "sk-ant-api03-" + _r(_URLSAFE, 93) + "AA"
ANTHROPIC2 = "sk-ant-api03-" + _r(_URLSAFE, 93) + "AA"
AWS_ID = "AKIA" + _r(_UPPER + _DIGITS, 16)
AWS_ID2 = "ASIA" + _r(_UPPER + _DIGITS, 16)
AWS_SECRET = _r(_B64, 40)
AWS_SECRET2 = _r(_B64, 40)
GH_PAT = "ghp_" + _r(_ALNUM, 36)
GH_OAUTH = "gho_" + _r(_ALNUM, 36)
GH_USER = "ghu_" + _r(_ALNUM, 36)
GH_SERVER = "ghs_" + _r(_ALNUM, 36)
GH_REFRESH = "ghr_" + _r(_ALNUM, 76)
GH_FINE = "github_pat_" + _r(_ALNUM, 22) + "_" + _r(_ALNUM, 59)
SLACK_BOT = f"xoxb-{_r(_DIGITS, 11)}-{_r(_DIGITS, 13)}-{_r(_ALNUM, 24)}"
SLACK_USER = (
    f"xoxp-{_r(_DIGITS, 11)}-{_r(_DIGITS, 11)}-{_r(_DIGITS, 13)}-{_r(_LOWER + _DIGITS, 32)}"
)
SLACK_APP = f"xoxa-2-{_r(_DIGITS, 12)}-{_r(_ALNUM, 24)}"
SLACK_SESSION = f"xoxs-{_r(_DIGITS, 12)}-{_r(_ALNUM, 30)}"
SLACK_HOOK_PATH = f"T{_r(_UPPER + _DIGITS, 8)}/B{_r(_UPPER + _DIGITS, 10)}/{_r(_ALNUM, 24)}"
STRIPE_LIVE = "sk_live_" + _r(_ALNUM, 99)
STRIPE_RESTRICTED = "rk_live_" + _r(_ALNUM, 99)
STRIPE_TEST = "sk_test_" + _r(_ALNUM, 24)
GOOGLE = "AIza" + _r(_URLSAFE, 35)
GOOGLE2 = "AIza" + _r(_URLSAFE, 35)
JWT1 = _jwt()
JWT2 = _jwt()
JWT3 = _jwt()
RSA_BLOCK, RSA_BODY = _key_block("RSA PRIVATE KEY")
OSSH_BLOCK, OSSH_BODY = _key_block("OPENSSH PRIVATE KEY", 4)
EC_BLOCK, EC_BODY = _key_block("EC PRIVATE KEY", 3)
PKCS8_BLOCK, PKCS8_BODY = _key_block("PRIVATE KEY", 5)
PW = [_password() for _ in range(20)]
URLPW = [_r(_ALNUM, 16) for _ in range(6)]
HEX_SECRET = _r("0123456789abcdef", 64)
BEARER_TOK = _r(_URLSAFE, 40)
BASIC = base64.b64encode(f"deploy:{URLPW[0]}".encode()).decode()
GENERIC_TOKEN = _r(_ALNUM, 32)
AZURE_KEY = _r(_B64, 86) + "=="
GITLAB = "glpat-" + _r(_URLSAFE, 20)
NPM = "npm_" + _r(_ALNUM, 36)
HF = "hf_" + _r(_LOWER + _UPPER, 34)

# --- planted: (label, secrets that must vanish, text) ---------------------------------

PLANTED: list[tuple[str, tuple[str, ...], str]] = [
    # conversation
    ("chat openai proj", (OPENAI_PROJ,), f"my key is {OPENAI_PROJ}, use it for the eval run"),
    ("chat openai legacy", (OPENAI_LEGACY,), f"Try with {OPENAI_LEGACY} — it's the old org key."),
    ("chat anthropic", (ANTHROPIC,), f"here's the anthropic key: {ANTHROPIC}"),
    ("chat github", (GH_PAT,), f"I pasted my token ({GH_PAT}) into the CI settings"),
    (
        "chat aws pair",
        (AWS_ID, AWS_SECRET2),
        f"use {AWS_ID} with secret access key {AWS_SECRET2}? "
        f"no wait: aws_secret_access_key={AWS_SECRET2}",
    ),
    ("chat password", (PW[0],), f"The staging db password is {PW[0]} until we rotate it."),
    (
        "chat stripe",
        (STRIPE_TEST,),
        f"for local testing I set stripe to {STRIPE_TEST} and it worked",
    ),
    ("chat jwt", (JWT1,), f"the session cookie was {JWT1} when it failed"),
    ("chat google", (GOOGLE,), f"Maps needs {GOOGLE} in the frontend config"),
    ("chat slack", (SLACK_BOT,), f"bot token is {SLACK_BOT}; scopes chat:write"),
    # shell commands
    (
        "curl bearer",
        (BEARER_TOK,),
        f'curl -s -H "Authorization: Bearer {BEARER_TOK}" https://api.internal.dev/v1/users',
    ),
    (
        "curl bearer openai",
        (OPENAI_PROJ2,),
        f'curl https://api.openai.com/v1/models -H "Authorization: Bearer {OPENAI_PROJ2}"',
    ),
    (
        "curl token header",
        (GH_OAUTH,),
        f"curl -H 'Authorization: token {GH_OAUTH}' https://api.github.com/user/repos",
    ),
    (
        "curl basic",
        (BASIC,),
        f'curl -H "Authorization: Basic {BASIC}" https://ci.internal/api/json',
    ),
    ("curl -u", (PW[1],), f"curl -u admin:{PW[1]} https://jenkins.internal/job/build/api/json"),
    (
        "mysql --password=",
        (PW[2],),
        f"mysql -h db.internal -u app --password={PW[2]} app_production",
    ),
    (
        "mysql --password space",
        (PW[3],),
        f"mysqldump --user=root --password {PW[3]} shop > dump.sql",
    ),
    ("mysql -p", (PW[4],), f"mysql -uroot -p{PW[4]} -e 'show databases'"),
    ("git clone ghp", (GH_PAT,), f"git clone https://bob:{GH_PAT}@github.com/acme/widgets.git"),
    (
        "git remote fine-grained",
        (GH_FINE,),
        f"git remote set-url origin https://x-access-token:{GH_FINE}@github.com/acme/api",
    ),
    (
        "psql url",
        (URLPW[1],),
        f'psql "postgresql://app:{URLPW[1]}@db.internal:5432/app?sslmode=require"',
    ),
    ("redis url", (URLPW[2],), f"redis-cli -u redis://:{URLPW[2]}@cache.internal:6379/0 ping"),
    (
        "mongo url",
        (URLPW[3],),
        f"mongosh 'mongodb+srv://admin:{URLPW[3]}@cluster0.ab1cd.mongodb.net/app'",
    ),
    (
        "cli --token",
        (GENERIC_TOKEN,),
        f"vault login --token={GENERIC_TOKEN} -address=https://vault.internal",
    ),
    ("cli --api-key", (HEX_SECRET,), f"datadog-ci sourcemaps upload ./dist --api-key {HEX_SECRET}"),
    ("cli --secret", (PW[5],), f"./bin/deploy --env prod --secret '{PW[5]}'"),
    ("docker login", (PW[6],), f"docker login -u deployer --password {PW[6]} registry.internal"),
    ("sshpass", (PW[7],), f"sshpass -p {PW[7]} ssh ops@10.0.3.7 uptime"),
    (
        "kubectl literal",
        (PW[8],),
        f"kubectl create secret generic db --from-literal=password={PW[8]} -n prod",
    ),
    (
        "slack webhook",
        (SLACK_HOOK_PATH,),
        f'curl -X POST -d \'{{"text":"deployed"}}\' https://hooks.slack.com/services/{SLACK_HOOK_PATH}',
    ),
    # .env and export lines
    (".env db password", (PW[9],), f"DATABASE_PASSWORD={PW[9]}"),
    (".env github token", (GH_SERVER,), f"GITHUB_TOKEN={GH_SERVER}"),
    (".env secret key quoted", (HEX_SECRET,), f'SECRET_KEY="{HEX_SECRET}"'),
    (".env stripe", (STRIPE_LIVE,), f"STRIPE_SECRET_KEY={STRIPE_LIVE}"),
    (".env slack user", (SLACK_USER,), f"SLACK_USER_TOKEN={SLACK_USER}  # personal"),
    ("export openai", (OPENAI_SVC,), f"export OPENAI_API_KEY={OPENAI_SVC}"),
    ("export anthropic quoted", (ANTHROPIC2,), f"export ANTHROPIC_API_KEY='{ANTHROPIC2}'"),
    (
        "export aws",
        (AWS_ID2, AWS_SECRET),
        f"export AWS_ACCESS_KEY_ID={AWS_ID2}\nexport AWS_SECRET_ACCESS_KEY={AWS_SECRET}",
    ),
    ("export pgpassword", (PW[10],), f"export PGPASSWORD={PW[10]} && psql -h db -U app"),
    ("fish set -x", (GENERIC_TOKEN,), f"set -x API_TOKEN {GENERIC_TOKEN}"),
    ("csh setenv", (PW[11],), f"setenv DB_PASSWORD {PW[11]}"),
    ("powershell env", (OPENAI_LEGACY,), f'$env:OPENAI_API_KEY="{OPENAI_LEGACY}"'),
    ("heroku config", (PW[12],), f"heroku config:set SESSION_SECRET={PW[12]} -a shop-prod"),
    (
        "docker run -e",
        (PW[13],),
        f"docker run -e POSTGRES_PASSWORD={PW[13]} -p 5432:5432 postgres:16",
    ),
    (
        "passphrase with spaces",
        ("correct horse battery staple 42",),
        'export GPG_PASSPHRASE="correct horse battery staple 42"',
    ),
    # JSON / YAML / config / code
    ("json api_key", (GENERIC_TOKEN,), json.dumps({"service": "search", "api_key": GENERIC_TOKEN})),
    (
        "json client secret",
        (PW[14],),
        json.dumps(
            {
                "client_id": "web-frontend",
                "client_secret": PW[14],
                "redirect_uri": "http://localhost:3000/cb",
            }
        ),
    ),
    (
        "json password",
        (PW[15],),
        json.dumps({"db": {"host": "localhost", "user": "app", "password": PW[15]}}),
    ),
    (
        "json private key escaped",
        tuple(PKCS8_BODY[:3]),
        json.dumps({"type": "service_account", "private_key": PKCS8_BLOCK + "\n"}),
    ),
    (
        "yaml password",
        (PW[16],),
        f"database:\n  host: db.internal\n  password: {PW[16]}\n  pool: 5",
    ),
    ("yaml api token quoted", (GENERIC_TOKEN,), f'search:\n  api_token: "{GENERIC_TOKEN}"\n'),
    ("yaml secret key", (HEX_SECRET,), f"django:\n  secret_key: {HEX_SECRET}\n  debug: false"),
    ("toml token", (NPM,), f'[registry]\ntoken = "{NPM}"'),
    ("ini password", (PW[17],), f"[smtp]\nhost = smtp.internal\npassword = {PW[17]}\n"),
    (
        "aws credentials file",
        (AWS_ID, AWS_SECRET),
        f"[default]\naws_access_key_id = {AWS_ID}\naws_secret_access_key = {AWS_SECRET}\n",
    ),
    ("python kwarg", (PW[18],), f'engine = connect(host="db", user="app", password="{PW[18]}")'),
    ("python constant", (HEX_SECRET,), f"SIGNING_KEY = '{HEX_SECRET}'"),
    (
        "js object",
        (GENERIC_TOKEN,),
        f"const client = new Client({{ apiKey: '{GENERIC_TOKEN}', region: 'eu' }});",
    ),
    (
        "maven xml",
        (PW[19],),
        f"<server>\n  <id>nexus</id>\n  <password>{PW[19]}</password>\n</server>",
    ),
    (
        "azure connection string",
        (AZURE_KEY,),
        f"DefaultEndpointsProtocol=https;AccountName=acme;AccountKey={AZURE_KEY};EndpointSuffix=core.windows.net",
    ),
    ("python headers", (BEARER_TOK,), f'headers = {{"Authorization": "Bearer {BEARER_TOK}"}}'),
    ("gitlab token", (GITLAB,), f"GITLAB_TOKEN={GITLAB} glab mr list"),
    ("huggingface token", (HF,), f"huggingface-cli login --token {HF}"),
    ("npmrc", (NPM,), f"//registry.npmjs.org/:_authToken={NPM}"),
    (
        "github oauth tokens",
        (GH_USER, GH_REFRESH),
        f"user-to-server {GH_USER} refresh {GH_REFRESH}",
    ),
    (
        "slack app + session",
        (SLACK_APP, SLACK_SESSION),
        f"legacy tokens: {SLACK_APP} and {SLACK_SESSION}",
    ),
    ("stripe restricted", (STRIPE_RESTRICTED,), f"Stripe::StripeClient.new('{STRIPE_RESTRICTED}')"),
    (
        "google in url",
        (GOOGLE2,),
        f"https://maps.googleapis.com/maps/api/geocode/json?address=x&key={GOOGLE2}",
    ),
    # private keys and JWTs
    ("rsa block", tuple(RSA_BODY), f"Here is the deploy key:\n{RSA_BLOCK}\nadd it to ~/.ssh"),
    ("openssh block", tuple(OSSH_BODY), f"cat ~/.ssh/id_ed25519\n{OSSH_BLOCK}\n"),
    ("ec block", tuple(EC_BODY), EC_BLOCK),
    (
        "truncated rsa block",
        tuple(RSA_BODY[:3]),
        "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(RSA_BODY[:3]) + "\n(output truncated)",
    ),
    ("jwt in header", (JWT2,), f"Authorization: Bearer {JWT2}"),
    ("jwt bare", (JWT3,), f"decoded {JWT3} at jwt.io: sub is the user id"),
    ("jwt env", (JWT1,), f"SUPABASE_SERVICE_ROLE_KEY={JWT1}"),
]
PLANTED += [(label, (secret,), text) for label, secret, text in KEY_SHAPES]
# (A PIN like 0093 also turns up in any database file by chance: the byte-level leak
# checks of the end-to-end tests need secrets long enough to be unique.)
PLANTED += [
    (f"prose {text[:40]}", (secret,), text)
    for secret, text in PROSE
    if len(secret) >= 8 and not secret.isdigit()
]

# --- ordinary developer text: must be left alone --------------------------------------

ORDINARY: list[str] = [
    # test / build / run commands
    "pytest -q",
    "pytest -q tests/test_store.py -k 'not slow' --maxfail=1",
    "python -m pytest --cov=gcode --cov-report=term-missing",
    "npm run build",
    "npm ci && npm test -- --watch=false",
    "pnpm install --frozen-lockfile",
    "yarn workspace web add react@18.3.1",
    "docker compose up -d",
    "docker compose -f docker-compose.dev.yml logs -f api",
    "docker build -t acme/api:1.4.2 --build-arg PYTHON_VERSION=3.12 .",
    "docker login --password-stdin registry.internal < /run/secrets/registry",
    "git log --oneline",
    "git log --oneline --graph -n 20 origin/main..HEAD",
    "git rebase -i HEAD~3",
    "git push --force-with-lease origin feature/token-refresh",
    "git clone https://github.com/acme/widgets.git",
    "git clone git@github.com:acme/widgets.git",
    "make test && make lint",
    "cargo test --workspace --all-features",
    "go test ./... -race -count=1",
    "mvn -q -DskipTests package",
    "./gradlew assembleRelease --no-daemon",
    "ruff check . --fix && ruff format .",
    "mypy gcode --strict",
    "uv pip install -e '.[dev]'",
    "pip install -r requirements-dev.txt",
    "alembic upgrade head",
    "python manage.py migrate && python manage.py runserver 0.0.0.0:8000",
    "kubectl get pods -n prod -l app=api",
    "kubectl get secrets -n prod",
    "kubectl create secret generic db-creds --from-file=./creds.json -n staging",
    "terraform plan -var-file=envs/prod.tfvars",
    "helm upgrade --install api ./charts/api -f values.prod.yaml",
    "mysql -u root -p app_development",
    "psql -h localhost -U postgres -d app_test",
    "ssh-keygen -t ed25519 -C 'dev@acme.io'",
    "openssl rand -hex 32",
    "gh auth login --with-token < ~/.config/gh/token.txt",
    "gh secret set OPENAI_API_KEY --repo acme/api",
    "aws s3 ls s3://acme-artifacts/builds/ --profile dev",
    "aws configure set region eu-west-1",
    "curl -s https://api.github.com/repos/acme/api/releases/latest | jq .tag_name",
    "curl -fsSL https://example.com/install.sh | sh",
    "curl -H 'Accept: application/json' http://localhost:8080/health",
    "rg -n 'api_key' src/",
    "grep -rn password_hash app/models/",
    "find . -name '*.pem' -not -path './node_modules/*'",
    "ansible-playbook site.yml --ask-vault-pass",
    "vault kv get -field=password secret/db",
    "op read op://Engineering/Postgres/password",
    # env setup
    "export PATH=$PATH:/usr/local/bin",
    "export PYTHONPATH=src",
    "export NODE_ENV=production",
    "export GITHUB_TOKEN=$(gh auth token)",
    "export OPENAI_API_KEY=${OPENAI_API_KEY:-}",
    "export AWS_PROFILE=dev",
    "TOKENIZERS_PARALLELISM=false",
    "PYTHONDONTWRITEBYTECODE=1",
    "DJANGO_SETTINGS_MODULE=config.settings.local",
    "DATABASE_URL=postgres://localhost:5432/app_dev",
    "REDIS_URL=redis://localhost:6379/0",
    "SECRET_KEY=changeme",
    "API_KEY=<your-api-key>",
    "OPENAI_API_KEY=sk-...",
    "STRIPE_SECRET_KEY=",
    "GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}",
    "PASSWORD_MIN_LENGTH=12",
    "TOKEN_TTL_SECONDS=3600",
    "JWT_ALGORITHM=HS256",
    "AUTH_PROVIDER=github",
    "SSH_KEY_PATH=~/.ssh/id_ed25519",
    "GOOGLE_APPLICATION_CREDENTIALS=/etc/gcp/service-account.json",
    "max_tokens=1000",
    "token_budget: 1500",
    "use_auth: true",
    "password: ${DB_PASSWORD}",
    "api_key: !ENV ${SEARCH_API_KEY}",
    "  token: ${{ secrets.NPM_TOKEN }}",
    '"password": null',
    '"api_key": ""',
    "primary_key=True",
    "sort_key: created_at",
    'cache_key = f"user:{user_id}:profile"',
    'token = os.environ["GITHUB_TOKEN"]',
    "password = getpass.getpass('DB password: ')",
    "api_key = settings.OPENAI_API_KEY",
    "self.token = token",
    "def login(username: str, password: str) -> Session:",
    "password: str",
    'headers = {"Authorization": f"Bearer {token}"}',
    "Authorization: Bearer $API_TOKEN",
    "--password-file=/run/secrets/db_password",
    "--token-file ~/.config/acme/token",
    "--max-tokens 4096",
    # paths, SHAs, UUIDs, versions
    "gcode/store/learnings.py",
    "src/auth/password_reset.py",
    "password_reset.py",
    "tests/fixtures/tokens/expired.json",
    "~/.ssh/known_hosts",
    "/etc/ssl/private/server.key",
    "C:\\Users\\dev\\AppData\\Roaming\\npm",
    "commit 3f2a9c1e5b7d4a8f9e0c1b2d3a4f5e6c7b8a9d0e",
    "fixed in a1b2c3d (merge of PR #482)",
    "git show 9fceb02d0ae598e95dc970b74767f19372d61af8",
    "request id 550e8400-e29b-41d4-a716-446655440000",
    "tenant_id = 'c9a1f2d4-7b3e-4f6a-9d2c-1e8b5a7f3c90'",
    "sha256:4bc453b53cb3d914b45f4b250294236adba2c0e09ff6f03793949e7e39fd4cc1",
    "version 2.31.0",
    "requires numpy>=1.26.4,<2.0",
    "node v20.11.1, npm 10.2.4",
    "release v1.4.2-rc.1+build.7",
    "python 3.12.3",
    # prose about tokens / passwords / keys
    "rotate the API key every 90 days",
    "the token budget is 1500",
    "password reset lives in auth/reset.py",
    "the password reset flow broke in commit 3f9a2c1d",
    "- Rotate the deploy token monthly (from alice) [a2bda0b0]",
    "refusing to export: learning 3dfb6127 (its content) still holds a secret",
    "the token refresh bug, fixed in 9c0e7d2b41a5, came back",
    "the password check moved in commit 9c0e7d2b41a5f0e3b8c6d1a4e7f2b5c8d0e3a6f9",
    "The API uses bearer auth; tokens come from the /oauth/token endpoint.",
    "Bearer tokens expire after 15 minutes, refresh tokens after 30 days.",
    "Never commit .env files; secrets live in 1Password.",
    "Store the GitHub token in the GITHUB_TOKEN env var, not in config.",
    "The password field is hashed with bcrypt (cost=12).",
    "Use a Fine-grained personal access token with read-only scope.",
    "private keys are mounted at /run/secrets/ by the orchestrator",
    "The secret is stored in AWS Secrets Manager under prod/api.",
    "api keys are 40-character hex strings",
    "Token: see the team vault",
    "Password: ask Bob in #infra",
    "the tokenizer counts 1,024 tokens per chunk",
    "set the password expiry policy to 90 days in Okta",
    "auth middleware checks the session cookie before the CSRF token",
    "Key: value pairs in the YAML are merged left to right.",
    "key=value",
    "keyring set acme-api deploy",
    "ssh uses ~/.ssh/id_ed25519 as the identity file",
    "The Authorization header is forwarded by nginx.",
    "Tests use the fake token from tests/conftest.py.",
    "the JWT library is pyjwt 2.8.0",
    "tests are flaky when TOKEN_REFRESH_INTERVAL is under 5",
    "decision: use sqlite-vec for embeddings (see ADR-0007)",
    "Run `make dev` to start the API on http://localhost:8000/docs",
    "Connect to http://admin@localhost:15672 for the RabbitMQ UI",
    "mailto:dev@acme.io",
    "flake: test_token_expiry fails around midnight UTC",
]
ORDINARY += ORDINARY_MORE
