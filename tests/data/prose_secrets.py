"""Credentials with no telltale shape, in the phrasings people use in chat and notes.

PROSE: (secret, text). After redaction exactly `secret` is replaced and the rest of the
sentence stays ("login is ops / [REDACTED]"). Passwords are invented.
"""

from __future__ import annotations

# The same in the languages capture reads (and a few more): the word for a password, up
# to five words, the language's "is" or a colon, the value.
FOREIGN: list[tuple[str, str]] = [
    ("Sommer2023", "Passwort ist Sommer2023"),
    ("Kiwi!Fruit3", "Das Passwort für staging ist Kiwi!Fruit3."),
    ("Eule-7", "das Kennwort lautet Eule-7, bitte nicht weitergeben"),
    ("Chameau-Bleu-9", "le mot de passe est Chameau-Bleu-9"),
    ("soleil", "le mot de passe du serveur de test est 'soleil'"),
    ("Perro-Verde-42", "la contraseña de la base de datos es Perro-Verde-42"),
    ("Gato#Preto5", "a senha é Gato#Preto5"),
    ("Luna-Piena-3", "la password è Luna-Piena-3"),
    ("Fiets-Rood-12", "het wachtwoord is Fiets-Rood-12"),
    ("Abc123!", "密码是Abc123!，别外传"),
    ("Qwe-789x", "数据库密码：Qwe-789x"),
    ("Kaze-77", "パスワードはKaze-77です"),
    ("Hana-2024", "비밀번호는 Hana-2024 입니다"),
    ("Zima-2023", "пароль: Zima-2023"),
    ("Kot-1234", "hasło to Kot-1234"),
]

PROSE: list[tuple[str, str]] = [
    # the phrasings from issue 11
    ("Sunny-Otter-2291", "login is ops / Sunny-Otter-2291"),
    ("hunter2!x", "the staging db password: hunter2!x"),
    ("Tr0ub4dor&3", "creds are admin:Tr0ub4dor&3"),
    ("abcd1234efgh", "use token abcd1234efgh for the bot"),
    ("Wint3r-is-coming", "DB_PASSWORD=Wint3r-is-coming"),
    ("pa55w0rd", "psql postgres://app:pa55w0rd@db.internal:5432/app"),
    # "<word> is <value>"
    ("hunter22", "my password is hunter22."),
    ("Xk9!mm22", "the password for the admin account is Xk9!mm22"),
    ("Gr33nTea!", "Password is Gr33nTea! (same as staging)"),
    ("bl4ckC0ffee", "the wifi password is bl4ckC0ffee, ask if it changes"),
    ("S3cure#Vault", "vault passphrase is S3cure#Vault"),
    ("4821", "the PIN is 4821"),
    ("0093", "PIN: 0093 for the office door"),
    ("778812", "passcode is 778812"),
    ("q8w7e6r5t4y3", "the api key is q8w7e6r5t4y3 until we rotate it"),
    ("Zx81Spectrum", "root password was Zx81Spectrum before the migration"),
    ("m0nk3y-Bus1ness", "the jenkins password is now m0nk3y-Bus1ness"),
    ("tok_83jf92kd0q", "the webhook token is tok_83jf92kd0q"),
    ("r2d2c3po!", "secret is r2d2c3po!"),
    ("correct horse battery staple", 'the passphrase is "correct horse battery staple"'),
    ("swordfish", "the password is 'swordfish'"),
    ("Blue.Whale.77", "password for prod: Blue.Whale.77"),
    ("f00tb4ll", "pw: f00tb4ll"),
    ("n0t-s0-s3cret", "user: deploy pass: n0t-s0-s3cret"),
    ("Hun7er#pass", "The new password: Hun7er#pass - don't share it"),
    # "<word> <value>" with no connector: the value must look machine-made
    ("Passw0rd!2024", "ssh in with password Passw0rd!2024 and run the migration"),
    ("a7f3b9c1d2e4", "export it with token a7f3b9c1d2e4 then restart"),
    ("Qw3rty!9", "sudo asks for password Qw3rty!9 on that box"),
    ("7c1e0b2f9a8d4e6c", "the session token 7c1e0b2f9a8d4e6c expired"),
    ("Zebra#42", "the password I set is Zebra#42"),
    ("Gl4cier!Bay", "the password to the staging db is Gl4cier!Bay"),
    ("8c7b6a5f4e3d2c1b", "the tokens we issued to the partner are 8c7b6a5f4e3d2c1b and more"),
    ("9f8e7d6c5b4a3", "the token we gave the staging bot is 9f8e7d6c5b4a3"),
    # pairs: only the password goes
    ("Sunny-Otter-2291", "grafana login: admin / Sunny-Otter-2291"),
    ("Tr0ub4dor&3", "credentials: ops/Tr0ub4dor&3"),
    ("admin123!", "default creds admin:admin123! on the router"),
    ("P4ss-w0rd", "the login for the db is app_rw / P4ss-w0rd"),
    ("k1ngf1sher", "creds for the nas are backup:k1ngf1sher"),
    # "set/changed ... to <value>"
    ("Aut0matic!", "I changed the password to Aut0matic! this morning"),
    ("n3wT0ken99", "set the token to n3wT0ken99 in the dashboard"),
    ("R0tat3d#1", "the secret was rotated to R0tat3d#1"),
    # names in prose
    ("Spr1ng-2024", "SMTP_PASSWORD is Spr1ng-2024 on staging"),
    ("8f7e6d5c4b3a", "bot_token: 8f7e6d5c4b3a (test workspace)"),
    ("hk3Lm9Qz", "the admin_password is hk3Lm9Qz, the user is ops"),
    ("22g5pz3mx4bxohfdrtf45c3bxw3kap41", "the rapidapi key is 22g5pz3mx4bxohfdrtf45c3bxw3kap41"),
    # no connector leads to it: a machine-made value further on in the credential's clause
    ("Sunny-Otter-2291", "creds are ops, Sunny-Otter-2291"),
    ("Sunny-Otter-2291", "login: ops, Sunny-Otter-2291"),
    ("Sunny-Otter-2291", "the staging creds are ops and Sunny-Otter-2291"),
    ("Sunny-Otter-2291", "credentials: user ops, pass Sunny-Otter-2291"),
    ("Sunny-Otter-2291", "login ops pw Sunny-Otter-2291 for the grafana box"),
    ("Sunny-Otter-2291", "creds ops Sunny-Otter-2291"),
    ("Sunny-Otter-2291", "creds (ops, Sunny-Otter-2291) until Friday"),
    ("Gl4cier!Bay", "password for staging, Gl4cier!Bay"),
    ("7c1e0b2f9a8d4e6c", "the bot's token, 7c1e0b2f9a8d4e6c, expires soon"),
    ("m0nk3y-Bus1ness", "secret - m0nk3y-Bus1ness"),
    # more phrasings: a possessive, an aside, a passphrase of words, "auth", "pass" with no
    # connector, signing in "with" something
    ("Hunter2!x", "my password's Hunter2!x"),
    ("Gr8Scott!", "the password for the vpn, if you need it, is Gr8Scott!"),
    ("purple-monkey-dishwasher", "the wifi passphrase is purple-monkey-dishwasher"),
    ("Mauve-Falcon-31", "the redis auth is Mauve-Falcon-31"),
    ("staging:Peach-Kite-5", "the basic auth for the staging site is staging:Peach-Kite-5"),
    ("Winter2024!", "jenkins user deploy, pass Winter2024!"),
    ("Copper-Kettle-19", "remember: pw = Copper-Kettle-19"),
    ("Kestrel88", "you can log in to the admin panel with bob@example.com and Kestrel88"),
    ("Tr0ub4dor&3", "sign in as admin using Tr0ub4dor&3"),
    # structured, for completeness
    ("hunter2!x", "mysql -h db -u root -phunter2!x app"),
    ("Tr0ub4dor&3", "curl -u admin:Tr0ub4dor&3 https://ci.internal/api/json"),
    ("s3cr3t-Pa55", '{"username": "svc", "password": "s3cr3t-Pa55"}'),
]
