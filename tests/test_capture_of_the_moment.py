"""Capture rules for what a build or integration team says of the moment: to-do lists and
handoffs, a diagnosis of the bug at hand, a groan that ends in sarcasm, thanks. Each has
beside it what is said the same way and holds (gcode.capture keeps it)."""

from __future__ import annotations

import pytest

from gcode.capture import candidates
from gcode.capture_guards import unfit_learning


def kept(said: str) -> list[str]:
    return [c for c in candidates(said) if unfit_learning(c) is None]


@pytest.mark.parametrize("said", [
    # a to-do list, an agenda, a status and a handoff, each with its list
    "Today's milestone build:\n- [x] nightly green\n- [ ] QA smoke test (in progress, Marta)\n"
    "- [ ] upload to publisher FTP by 18:00",
    "Agenda for the 4pm:\n- cert status\n- Switch size issue\n- who covers the farm on Friday",
    "Xbox XR failures update:\n- XR-052: fixed in 558215, needs verification\n"
    "- XR-074: still repro on Series S only",
    "Cert sub status this sprint:\n• PS5: submitted, waiting on Sony\n• Xbox: 2 XR failures open",
    "For this afternoon:\n1. fix the Switch size overage\n2. rebuild Switch from the release "
    "pipeline\n3. hand to QA for smoke",
    "Milestone handoff:\n- build 558220 uploaded\n- release notes attached\n"
    "- known issues: XR-074, menu music loop",
])
def test_a_todo_list_an_agenda_and_a_handoff_are_not_learnings(said):
    assert kept(said) == []


def test_a_checklist_that_holds_for_every_submission_is():
    said = ("Cert checklist, same for every submission:\n- Xbox: XR test pass signed off by QA "
            "lead before upload\n- Switch: build must come from the release NSP pipeline, not "
            "the dev one")
    assert kept(said)


@pytest.mark.parametrize("said", [
    "the test shares one `bytes.Buffer` between goroutines, that's the race, not the cache",
    "The dispatcher queue grows by about 500 items per frame during the loading screen, "
    "which explains the hitch.",
    "the failing job uses the old groovy because that branch never got the jenkinsfile update",
    "the failing test loads the wrong fixture, adt_a01.hl7 instead of adt_a08.hl7",
    "the timeout is happening in the TLS handshake, not in the MLLP read",
    "the snapshot build produced 14 archives, expected 16",
    "Found it. The cinematic for level_03 references the full-res skybox directly. "
    "That's your 900 MB.",
    "I have confirmed the root cause.\n\nThe connection leak originates in "
    "LabResultRepository.saveBatch, which opens a connection in the catch block.",
    "Hypothesis: the catalog hash changes because group order isn't deterministic.",
])
def test_a_diagnosis_of_the_bug_at_hand_is_not_a_learning(said):
    assert kept(said) == []


@pytest.mark.parametrize("said", [
    "It's not the group order. The bindings generator chokes on the new `GCore_SetListener`. "
    "Lovely.",
    "The playmode test passes locally and fails on the farm. Of course it does.",
    "Oh come ON. The playmode test passes locally and fails on the farm.",
])
def test_a_groan_that_ends_or_opens_in_sarcasm_is_not(said):
    assert kept(said) == []


@pytest.mark.parametrize("said", [
    "jenkins is super slow rn, like 30s per page",
    "Reproduces on my kit.",
    "4413 passed. 3 warnings left, all obsolete api stuff",
    "Hello! Thank you very much for the review.",
    "First I will send 10 messages, then we look at the queue together.",
    "we need to rename `--out` to `--output` in cmd/render.go before rc.2 goes out",
])
def test_news_of_the_moment_a_plan_and_thanks_are_not(said):
    assert kept(said) == []


@pytest.mark.parametrize("said", [
    # "rn-" inside a name is no "right now"; "which is why" explains a standing rule
    "our feature flag keys are kebab-case and prefixed with the platform, like "
    "`ios-new-onboarding` or `rn-dark-mode`.",
    "`recon-worker` has to run as a single instance: a second pod would just spin, which is "
    "why the HPA is off for it.",
    "Tests that call `os.Chdir` must not use `t.Parallel()`; they race on the process working "
    "directory.",
    "Lovely, another `*.prefab` lock war. For the record, the typemap marks .prefab, .unity and "
    ".asset as `+l`, exclusive checkout, because Unity YAML merges are a lie.",
])
def test_what_holds_said_beside_the_same_words_is_a_learning(said):
    assert kept(said)


@pytest.mark.parametrize("said", [
    # an incident's notes by the time of day, an error met now, attempts, work under way
    "22:47 catalog-svc v1.14.2 rollout started. 22:51 3/3 pods ready. watching error rate",
    "11:03 paged: checkout 5xx. 11:05 payments-svc pod OOMKilled. investigating",
    "getting `dial tcp 127.0.0.1:3306: connect: connection refused` when running the "
    "integration tests",
    "can't reproduce the double sheet on the 15 Pro, tried 20 times.",
    "The deadline for the GMD revision is the 28th, so we have about two weeks.",
    "we need to bump `checkout.enable_apple_pay` to 50% in Unleash before the demo at 3",
    "hey all, sorry for the wall of text.",
    # a list under a heading of now, and output of CMake, Spack and Slurm
    "devices for today's run:\n- iPhone SE 2 (16.7.2) ✅\n- Galaxy A14 (14) ❌ freeze toggle "
    "timeout",
    "-- The Fortran compiler identification is GNU 13.2.0\n-- Detecting Fortran compiler ABI "
    "info - done\nCMake Error at cmake/deps.cmake:41 (find_package):\n  Could not find NetCDF\n"
    "no idea why it can't find it",
    "==> Error: concretization failed for the following reasons:\n   1. Cannot satisfy "
    "'openmpi@5:' and 'openmpi@4.1.6'",
    "the job got OOM-killed, output below:\nslurmstepd: error: Detected 1 oom_kill event in "
    "StepId=884213.0.\nsrun: error: cn0412: task 17: Out Of Memory",
    "getting this on staging after the merge:\nIlluminate\\Database\\QueryException: "
    "SQLSTATE[42S22]: Column not found: 1054 Unknown column 'orders.region'",
])
def test_incident_notes_errors_met_now_and_pasted_build_output_are_not(said):
    assert kept(said) == []


@pytest.mark.parametrize("said", [
    "14:05 HighP99Latency cart-svc fires every time the HPA scales up: a cold cache on the "
    "new pod.",
    "the consortium upload deadline is the 15th of every month, they reject anything late.",
    "dev kits on the 3rd floor are on their own vlan (10.40.x), you can only deploy to them "
    "from the farm.",
    "ok here's the plan I sent to Amara this morning:\n\n1. backfill the table\n2. retrain\n\n"
    "for context, backfills over more than ~6 months of data have to run on the weekend EMR "
    "cluster (`emr-weekend`).",
    "-- The Fortran compiler identification is Cray 16.0.1\n-- Configuring done\n\n"
    "the CMP0074 warning is expected on the Cray machines, we set the policy to OLD "
    "deliberately.",
])
def test_a_rule_said_the_same_ways_is_still_a_learning(said):
    assert kept(said)


def test_a_meeting_by_its_hour_is_of_the_moment_and_the_diff_at_an_answers_end_is_not():
    assert kept("we need to rename the gate in the Statsig config before the demo at 3") == []
    assert candidates("Tomas does not want a summary of the diff at the end of an answer; he "
                      "reads the diff himself.")


@pytest.mark.parametrize("said", [
    # a heads-up before the fact, and what was learned the hard way
    "hey, quick one before standup — the Snowflake `TRANSFORMER` role can't see the "
    "`RAW_PII` schema, only `PII_READER` can.",
    "ok so what i learned the hard way: `is_incremental()` is false on the first run AND with "
    "--full-refresh, so the lookback filter just vanishes.",
    # a thing named by its number, and the way round a rule
    "hey! quick one, port 8088 on the encode workers is the metrics sidecar, not the health "
    "check — health is on 8081.",
    "the `renditions-staging` bucket has object lock on, so you can't delete test outputs "
    "there, just write to a new prefix.",
    # what the team set up for a reason, and what a decision replaced
    "loudness target is -23 LUFS for EU partners and -24 LKFS for US ones, that's why there "
    "are two loudnorm presets.",
    "we stopped using `dbt snapshot` for the drivers table because the merge burnt warehouse "
    "credits — it's a Debezium-fed SCD2 model now.",
    # a way of answering, asked as an order
    "don't summarize what you changed at the end of each answer, i read the diff anyway",
    "don't commit for me.",
    "dont paste whole yamls at me pls, just the lines that change",
    "When you propose a policy change, please cite the applicable policy ID.",
    "when something fails, give me the root cause in one sentence first, then the details.",
])
def test_a_fact_or_a_way_of_working_said_as_people_say_it_is_a_learning(said):
    assert kept(said)


@pytest.mark.parametrize("said", [
    "The rollout is progressing; 4 of 5 pods are ready.",
    "The Gatekeeper audit currently shows 14 violations on eks-prod-1, mostly missing labels.",
    "- ~300 are Partner B priority - goal: under 800 by fri",
    "Die Zahlen stimmen jetzt. Thanks!",
    "Das Backfill für Februar ist durch, März starte ich jetzt.",
    "the bug only happens on the first launch after install, after that its fine",
    "the build can't find the module, just add it to the path",
    "when the deploy finishes, ping me",
    "that's why pandas reads it as one column",
])
def test_counts_and_states_of_now_in_english_or_german_are_not(said):
    assert kept(said) == []


@pytest.mark.parametrize("said", [
    # a teammate's word after an interjection, a correction of yesterday, a shouted contrast
    "oh also, sorry, Priya told me that the idea.log for the sandbox IDE is at "
    "build/idea-sandbox/system/log/idea.log.",
    "ugh ok correction from yesterday!! icons are NOT heroicons anymore, we switched to "
    "lucide in october bc heroicons had no classroom ones",
    "omg ok so the RN app reads API_BASE_URL from `app.config.js` NOT from .env!!",
    # a habit of the speaker's that asks for a way of answering, a convention for a kind
    "im typing from my phone on the track most of the time so keep replies short",
    "i dont need ros basics explained, been doing this 6 yrs.",
    "Please write commit messages in the imperative mood with a subject under 60 characters.",
    "prod deploys need the CAB ticket number in the release PR description.",
])
def test_a_correction_a_relayed_rule_and_a_way_of_answering_are_learnings(said):
    assert kept(said)


@pytest.mark.parametrize("said", [
    "The engine you just built runs at 31 ms p95 on j04, down from 38 ms.",
    "Result on the eval_v3 subset: mAP 0.612 vs 0.604 baseline.",
    "The duplicate enrollments all came from the same webhook delivery at 23:14.",
    "There are 37 enrollments affected, all in the pilot org.",
    "The PDF for section 41 is 212 pages long, which is why it times out.",
    "The BeaconStatusBarWidget never gets disposed when the project closes, that's our leak.",
    "so the error only shows up after the IDE has been open for ~20 minutes, not at startup",
    "The banner shows the wrong date only for the schools in Pacific time.",
    "Marketplace review for 4.1.3 came back: they want the plugin description changed.",
    "The freeze reproduces with the sample project from the Acme ticket, not with ours.",
    "Hi! Quick update before I log off.",
    "the disk on j04 is nearly full.",
    "so what would break if we dropped stale detections? think about the occlusion case.",
    "2026-11-30 14:02:17,442 ERROR - #c.i.o.p.ProgressManagerImpl\n"
    "java.lang.Throwable: Slow operations are prohibited on EDT.",
])
def test_a_measurement_a_diagnosis_and_news_of_the_moment_are_not(said):
    assert kept(said) == []


@pytest.mark.parametrize("said", [
    "Thank you very much for the quick turnaround, the duty managers have been informed.",
    "Wonderful, thank you!",
    "Good morning from Montevideo, hope everyone had a lovely weekend",
    "Operations would like to inform the duty managers by 16:00.",
    "hackathon kicks off saturday 10:00 Lisbon time, we're expecting about 30 people",
    "we're going to demo the eviction map at the hackathon opening, so it has to look good",
    "the diff between v41 and v42 of the MAD roster is 312 assignments, way more than expected",
    "slow query went from 4.2s to 180ms with the index",
    "ok next: the diff report. should list changed duties per crew, grouped by base",
    "Worth checking before we fix them separately.",
    "Subject: Roster week 47",
    "ward;households;share",
    "right, back to the risk assessment.",
    "Three failures, all in spec/system, all timing out on the calendar page.",
    "checked, staging redis has no TLS.",
    "Oh good, the agent build is failing on the Windows runner.",
    "hey quick question, a clinic is asking if they can get reminders in spanish.",
    "Possibly not ideal in the middle of a HIPAA assessment.",
])
def test_thanks_small_talk_a_deadline_of_the_day_and_a_check_just_made_are_not(said):
    assert kept(said) == []


@pytest.mark.parametrize("said", [
    "Plan retrains so they don't land in the middle of a running experiment.",
    "asserts are OFF in release because three resets in a row trigger the OTA rollback.",
    "Weekly reports are sent on Fridays.",
])
def test_what_holds_beside_those_words_is_still_a_learning(said):
    assert kept(said)


@pytest.mark.parametrize("said", [
    "The deviation DEV-24-112 is still open. It cannot be closed until the CAPA is defined.",
    "The auditors have requested the audit trail extract for batch BR-24-0871.",
    "1. This week's CAB is on Thursday at 10:00.\n2. CC-3107 is on the agenda as item 4.",
    "The risk assessment for CC-3107 is rated low.",
    "The traceability matrix currently has 47 requirements and 3 of them have no linked test.",
    "Thank you, the draft is acceptable with minor edits. I will route it for approval.",
    "so waitForUnlock never exits if the file is locked forever, that's our hang",
    "the result for C7 got truncated because the column was NUMBER(6,2) in LIMSTST, i'll check VAL",
    "is there any other connector that uses waitForUnlock? don't want to break the tecan one",
    "we need to rename envision.pollSeconds in application.yml before the CC goes out",
    "sbt has been resolving dependencies for 6 minutes.",
    "use a dataclass there instead of a dict",
    "the VAL tomcat didn't come back after the restart, checking the service",
    "deployed 2.4.1 to VAL, smoke tests green",
    "pushed to feature/CC-3107-envision-empty-row",
    "[error] /src/main/scala/com/bookie/pricing/MarginPolicy.scala:57:23: type mismatch;\n"
    "[error]  found   : BigDecimal\n[error]  required: Double\n[error] one error found\n"
    "yeah obviously",
    "[WARN] [12/02/2026 20:41:07.113] [trading-akka.actor.default-dispatcher-17] Message "
    "[com.bookie.pricing.PriceTick] was not delivered. [10] dead letters encountered, no more "
    "dead letters will be logged.\nthis started right after the deploy and the pod is Ready",
])
def test_one_ticket_a_task_before_a_release_a_wait_and_a_log_level_paste_are_not(said):
    assert kept(said) == []


@pytest.mark.parametrize("said", [
    "Celery workers for payouts consume the `payouts` queue, not the default one.",
    "keep your answers short with me, i'll ask if i need the why.",
    "the hil boards are numbered from the top of the rack, board 1 is the top one.",
    "this again:\n\n[ERROR] Failed to execute goal org.owasp:dependency-check-maven:9.0.9:check\n"
    "[ERROR]\n[ERROR] One or more dependencies were identified with vulnerabilities\n\n"
    "fwiw the CVSS 7 gate is security's policy, we can't lower it. suppressions go in "
    "owasp-suppressions.xml with a ticket number and an expiry date",
])
def test_a_default_one_a_conditional_promise_and_a_policy_beside_a_paste_are_learnings(said):
    assert kept(said)


@pytest.mark.parametrize("said", [
    "ld: framework not found FBLPromises\nclang: error: linker command failed with exit code 1\n"
    "** ARCHIVE FAILED **\nwhy does this keep happening",
    "/Users/runner/work/tilefall/build/ios/Unity-iPhone.xcodeproj: error: Provisioning profile "
    "\"match AppStore com.pebblepine.tilefall\" doesn't include signing certificate.",
    "this flaky playmode test AGAIN. and the sim is slow too",
    "The staging deploy succeeded. Production is unchanged.",
    "I pushed the branch `fix/save-conflict`. It is ready for your review whenever you have a "
    "moment.",
    "The remote config value `hint_cooldown_sec` is currently set to 45 in staging for testing.",
    "does `firebase deploy` also push the indexes or do i need a separate flag",
    "The rejection cites 'Guideline 4.3 - Spam'. I will draft a reply to the reviewer.",
    "we need to redo the onboarding before the weekend, the publisher said the first 3 levels "
    "are too easy",
    "Apologies, I misread the log. The error is in the staging project, not production.",
])
def test_a_linker_line_a_groan_a_status_a_question_and_a_weekend_deadline_are_not(said):
    assert kept(said) == []


@pytest.mark.parametrize("said", [
    "staging postgres gets restored from a prod snapshot every sunday 02:00 UTC, so anything "
    "you put there over the weekend is gone monday",
    "Does not matter which runner picks it up: every job pulls the same image.",
])
def test_what_happens_over_every_weekend_is_still_a_learning(said):
    assert kept(said)


@pytest.mark.parametrize("said", [
    "PS C:\\deploy> .\\Install-WOService.ps1\n.\\Install-WOService.ps1 : File "
    "C:\\deploy\\Install-WOService.ps1 cannot be loaded. The file is not digitally signed.\n"
    "    + CategoryInfo          : SecurityError: (:) [], PSSecurityException\n"
    "is the execution policy different on that box?",
    "Invoke-Sqlcmd : A network-related or instance-specific error occurred while establishing a "
    "connection to SQL Server.\nAt line:1 char:1\n+ Invoke-Sqlcmd -ServerInstance sql-wo-02 "
    "-Query $q\n+ ~~~~~~~~~~~~~\nsame as yesterday",
    "stack trace: System.Data.SqlClient.SqlException (0x80131904): Timeout expired.",
    "right, the PS-07 pumps were in hand from 01:50 until the crew got there at 05:15",
    "the incident report draft is in my onedrive, I'll paste the relevant section",
    "Halloran & Pike's migration batch 3 has 214k docs and 37 of them failed OCR.",
    "`./gradlew :intake:test --tests '*HpMigrationMapperTest*'` gives me 'No tests found' hmm",
    "the partner on the client side (Mr. Okafor) wants a quick status email, can you summarize "
    "what we did today in 3 bullets?",
    "The review API's `/search` endpoint returns 500 for matter HP-0007 only.",
    "Legal just pinged: they want the export audit log for the HP demo matter by end of day.",
])
def test_powershell_and_sql_server_output_one_matter_and_a_deadline_of_the_day_are_not(said):
    assert kept(said) == []


@pytest.mark.parametrize("said", [
    "Dr. Reyes owns the assay validation protocols; ask her before changing a plate layout.",
    "the nightly window is from 01:00 to 03:00, nothing heavy then",
])
def test_a_title_inside_a_sentence_and_a_nightly_window_are_still_learnings(said):
    assert kept(said)


@pytest.mark.parametrize("said", [
    "pls dont touch ProjectSettings/ unless i say so, unity rewrites half of it on open",
    "i like it when u just give me the diff, no essay pls 🙏",
    "im usually on my phone in the evenings so if u leave me a summary keep it to like 3 lines "
    "max pls",
    "I use fish shell, so pls give me commands that don't depend on bash-only syntax.",
])
def test_a_please_beside_a_way_of_working_or_a_rule_with_its_unless_is_a_learning(said):
    assert kept(said)


@pytest.mark.parametrize("said", [
    "i want the whole file pls",
    "pls dont touch that file",
])
def test_a_please_for_one_thing_now_is_not(said):
    assert kept(said) == []


@pytest.mark.parametrize("said", [
    "we r cutting datadog spend this qtr so dont add new custom metrics w/o checking w/ marta "
    "first",
    "btw `make lint` in courier runs golangci-lint v1.55 - newer versions flag stuff we havent "
    "fixed yet so keep it pinned",
    "i'm on CET and usually offline after 6pm, so ping me before that if u need a review",
    "English is not my first language, so please write the explanations for me simple and short.",
    "I am the release manager for fieldkit and handle App Store Connect.",
])
def test_a_quarters_horizon_a_pin_kept_a_habit_and_a_role_are_learnings(said):
    assert kept(said)


@pytest.mark.parametrize("said", [
    "java.lang.NullPointerException\n\tat org.pharm.hl7.RxeMapper.mapStrength(RxeMapper.java:118)\n"
    "\tat org.pharm.hl7.RxeMapper.map(RxeMapper.java:54)\nthis again",
    "E/flutter (12345): [ERROR:flutter/runtime/dart_vm_initializer.cc(41)] Unhandled Exception: "
    "type 'Null' is not a subtype of type 'int'",
    "Honestly I don't understand why the ACK comes back before the cabinet has processed the "
    "profile. Can you explain that part?",
    "The failing orders all have the same ordering provider, which might be a coincidence.",
    "Hi team, I'm out Friday afternoon for a dentist appointment.",
    "ok the rc1 tag is pushed, release workflow running",
    "The ImportError only happens with `from strictform.fields import FieldInfo`; the top-level "
    "import still works.",
    "`next.config.js` has a trailing comma in the images block that's breaking the lint",
])
def test_a_bare_exception_logcat_confusion_a_coincidence_and_a_day_off_are_not(said):
    assert kept(said) == []


@pytest.mark.parametrize("said", [
    "run the interface tests with `./gradlew :hl7-core:test -Pprofile=ci` - plain `gradle test` "
    "picks up the local profile and tries to hit the real cabinet simulator",
    "ask before you add a new test file. i'd rather extend an existing module",
    "hey, so the POS price sync runs at 4:15am store-local time, not UTC.",
    "any change to a production Mirth channel needs a CAB ticket approved by Tuesday noon to go "
    "out in the Thursday 22:00 window.",
    "keep answers short pls, i read them on my phone half the time",
    "no emojis and no 'great question' in replies please.",
    "pls answer in short bullet points, i read these on my phone between talks most of the time",
    "Releases go out Tuesday and Thursday at 10:00 CET. Nothing ships on Fridays.",
])
def test_how_to_run_tests_ask_first_a_schedule_and_ways_of_answering_are_learnings(said):
    assert kept(said)


@pytest.mark.parametrize("said", [
    "show me the diff before you write anything to disk. always.",
    "when something fails give me the exact command you ran and the full error output, not your "
    "summary of it",
    "keep answers short, bullets are fine, i'll ask if i need more",
    "I'm a physicist, not really a programmer, so when you explain code to me please go slowly "
    "and assume I'm new to python.",
])
def test_a_standing_order_about_how_to_answer_me_is_a_learning(said):
    assert kept(said)


@pytest.mark.parametrize("said", [
    "show me the diff you just made",
    "give me the exact command you ran",
])
def test_the_same_orders_about_what_was_just_done_are_not(said):
    assert kept(said) == []
