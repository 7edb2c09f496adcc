"""Transcript shapes: name -> (file name, content, truth).

truth: list of (speaker spec, snippet of that turn's words, start seconds or None).
speaker spec: 'Name' or 'Name|Alt' (any alternative may match the speaker given),
'?A'/'?B' anonymous distinct speakers (only consistency checked), '*' anyone.
"""

CASES = {}


def case(name, filename, content, truth):
    CASES[name] = (filename, content, truth)


# ---------------------------------------------------------------- transcription services
case("otter_txt", "otter.txt", """Jane Smith  0:03
Thanks everyone for joining the quarterly planning call today.

Bob Lee  0:15
Happy to be here, I have the budget numbers ready.

Jane Smith  0:22
Great, let us start with the marketing line items.

Unknown Speaker  0:40
Sorry, could you share your screen again?

Bob Lee  1:02
Sure, the marketing spend dropped by twelve percent.
""", [("Jane Smith", "quarterly planning call", 3), ("Bob Lee", "budget numbers ready", 15),
      ("Jane Smith", "marketing line items", 22), ("Unknown", "share your screen", 40),
      ("Bob Lee", "dropped by twelve percent", 62)])

case("otter_no_times", "otter_notimes.txt", """Jane Smith
Thanks everyone for joining the quarterly planning call today. We have a lot to cover.

Bob Lee
Happy to be here, I have the budget numbers ready for review.

Jane Smith
Great, let us start with the marketing line items first.

Bob Lee
Sure, the marketing spend dropped by twelve percent this quarter.

Jane Smith
That is better than we forecast in January, well done.
""", [("Jane Smith", "quarterly planning call", None), ("Bob Lee", "budget numbers ready", None),
      ("Jane Smith", "marketing line items", None), ("Bob Lee", "dropped by twelve percent", None),
      ("Jane Smith", "better than we forecast", None)])

case("rev_txt", "rev.txt", """Speaker 1 (00:05):
Welcome to the show, it is great to have you with us.

Speaker 2 (00:09):
Thanks for having me, I have been looking forward to this.

Speaker 1 (00:14):
Let us talk about your new book on river ecology.

Speaker 2 (01:02:07):
Well, it started as a field notebook twenty years ago.
""", [("Speaker 1", "great to have you", 5), ("Speaker 2", "looking forward to this", 9),
      ("Speaker 1", "river ecology", 14), ("Speaker 2", "field notebook", 3727)])

case("temi_named", "temi.txt", """Maria Gonzalez (00:00:02):
Okay, we are recording now. Can you state your name for the record?

Tom Baker (00:00:06):
Tom Baker, I have lived in this town since nineteen seventy.

Maria Gonzalez (00:00:12):
What do you remember about the flood?

Tom Baker (00:00:15):
The water reached the second floor of the hardware store.
""", [("Maria Gonzalez", "recording now", 2), ("Tom Baker", "since nineteen seventy", 6),
      ("Maria Gonzalez", "about the flood", 12), ("Tom Baker", "hardware store", 15)])

case("trint", "trint.txt", """Jane Smith [00:00:12]
I think the pilot program went better than expected.

Omar Haddad [00:00:20]
The numbers from the clinics back that up.

Jane Smith [00:00:31]
Then we should expand it to the northern district.
""", [("Jane Smith", "pilot program", 12), ("Omar Haddad", "numbers from the clinics", 20),
      ("Jane Smith", "northern district", 31)])

case("descript_txt", "descript.txt", """[00:00:00] Alex Rivera: Hey, welcome back to Build Log, episode forty two.

[00:00:06] Sam Chen: Glad to be back. We shipped the new sync engine this week.

[00:00:12] Alex Rivera: How did the migration go for existing users?

[00:00:18] Sam Chen: Mostly smooth, a few people hit the conflict resolver bug.
""", [("Alex Rivera", "episode forty two", 0), ("Sam Chen", "new sync engine", 6),
      ("Alex Rivera", "migration go", 12), ("Sam Chen", "conflict resolver bug", 18)])

case("descript_md", "descript.md", """# Build Log 42

**Alex Rivera:** [00:00:00] Hey, welcome back to Build Log, episode forty two.

**Sam Chen:** [00:00:06] Glad to be back. We shipped the new sync engine this week.

**Alex Rivera:** [00:00:12] How did the migration go for existing users?

**Sam Chen:** [00:00:18] Mostly smooth, a few people hit the conflict resolver bug.
""", [("Alex Rivera", "episode forty two", 0), ("Sam Chen", "new sync engine", 6),
      ("Alex Rivera", "migration go", 12), ("Sam Chen", "conflict resolver bug", 18)])

case("sonix", "sonix.txt", """Interviewer: [00:00:05] Could you describe your first week on the job?

Dr. Priya Nair: [00:00:11] It was chaotic. We had three emergency admissions on day one.

Interviewer: [00:00:19] How did the senior staff support you?

Dr. Priya Nair: [00:00:24] They paired me with a mentor who answered every question.
""", [("Interviewer", "first week on the job", 5), ("Priya Nair", "three emergency admissions", 11),
      ("Interviewer", "senior staff support", 19), ("Priya Nair", "paired me with a mentor", 24)])

case("happyscribe", "happyscribe.txt", """00:00:05 Lucas Martin
Bonjour à tous et bienvenue dans ce nouvel épisode.

00:00:11 Chloé Bernard
Merci Lucas, ravie d'être ici pour parler du climat.

00:00:18 Lucas Martin
Commençons par les vagues de chaleur de l'été dernier.
""", [("Lucas Martin", "nouvel épisode", 5), ("Chloé Bernard", "parler du climat", 11),
      ("Lucas Martin", "vagues de chaleur", 18)])

case("fireflies", "fireflies.txt", """Jane Smith - 00:05
Let us review the action items from last week.

Raj Patel - 00:12
I finished the vendor comparison and sent it around.

Jane Smith - 00:20
Thanks Raj, any blockers on the contract?
""", [("Jane Smith", "action items from last week", 5), ("Raj Patel", "vendor comparison", 12),
      ("Jane Smith", "blockers on the contract", 20)])

case("tactiq_inline_time", "tactiq.txt", """Weekly sync - Transcript
00:00 Jane Smith: Morning all, can everybody hear me?
00:04 Raj Patel: Loud and clear.
00:07 Jane Smith: Good. First item is the hiring freeze.
00:15 Lena Vogt: I heard it will be lifted in March.
00:21 Raj Patel: That matches what finance told me yesterday.
""", [("Jane Smith", "everybody hear me", 0), ("Raj Patel", "Loud and clear", 4),
      ("Jane Smith", "hiring freeze", 7), ("Lena Vogt", "lifted in March", 15),
      ("Raj Patel", "finance told me", 21)])

case("grain_bracket_time_name", "grain.txt", """[00:00:03] Jane Smith
So what made you switch from spreadsheets to our tool?

[00:00:09] Carlos Ruiz
Honestly the reporting. Our board wanted weekly dashboards.

[00:00:17] Jane Smith
And how long did onboarding take your team?

[00:00:22] Carlos Ruiz
About two weeks including the data import.
""", [("Jane Smith", "switch from spreadsheets", 3), ("Carlos Ruiz", "weekly dashboards", 9),
      ("Jane Smith", "onboarding take", 17), ("Carlos Ruiz", "data import", 22)])

case("riverside_name_time_colon", "riverside.txt", """Jane Smith (00:00:01):
Welcome to Night Shift, the podcast about people who work while you sleep.

Ahmed Karim (00:00:07):
Thanks Jane. I have been a night nurse for eleven years.

Jane Smith (00:00:13):
What is the hardest hour of the shift?

Ahmed Karim (00:00:16):
Four in the morning, always four in the morning.
""", [("Jane Smith", "people who work while you sleep", 1), ("Ahmed Karim", "night nurse", 7),
      ("Jane Smith", "hardest hour", 13), ("Ahmed Karim", "four in the morning", 16)])

case("podcastle_speaker_bracket", "podcastle.txt", """Speaker 1 [00:00:00]
Hi and welcome to Garden Talk.

Speaker 2 [00:00:04]
Hi, today we are covering tomatoes in containers.

Speaker 1 [00:00:09]
What size pot do you recommend?

Speaker 2 [00:00:12]
At least twenty litres for a determinate variety.
""", [("Speaker 1", "Garden Talk", 0), ("Speaker 2", "tomatoes in containers", 4),
      ("Speaker 1", "size pot", 9), ("Speaker 2", "twenty litres", 12)])

case("spotify_speaker_dot_time", "spotify.txt", """Speaker 1 · 0:00
Welcome back to the Money Hour.

Speaker 2 · 0:04
Thanks. Today we are talking about index funds.

Speaker 1 · 0:09
Why do you prefer them over picking stocks?

Speaker 2 · 0:13
Lower fees, and nobody beats the market consistently.
""", [("Speaker 1", "Money Hour", 0), ("Speaker 2", "index funds", 4),
      ("Speaker 1", "picking stocks", 9), ("Speaker 2", "Lower fees", 13)])

case("premiere_pro_txt", "premiere.txt", """00;00;00;00 - 00;00;05;10
Speaker 1
So tell me where you grew up.

00;00;05;10 - 00;00;12;02
Speaker 2
A small fishing village on the west coast of Norway.

00;00;12;02 - 00;00;16;20
Speaker 1
And when did you leave?

00;00;16;20 - 00;00;22;00
Speaker 2
When I was seventeen, for university in Oslo.
""", [("Speaker 1", "where you grew up", 0), ("Speaker 2", "fishing village", 5),
      ("Speaker 1", "when did you leave", 12), ("Speaker 2", "university in Oslo", 17)])

case("smpte_timecode_hour_offset", "avid_log.txt", """01:00:03:12 INTERVIEWER: Where were you when the news broke?
01:00:07:05 ELEANOR WRIGHT: In the newsroom, the wires lit up at once.
01:00:14:20 INTERVIEWER: What did your editor say?
01:00:18:02 ELEANOR WRIGHT: Clear the front page, now.
""", [("Interviewer", "news broke", None), ("Eleanor Wright", "wires lit up", None),
      ("Interviewer", "editor say", None), ("Eleanor Wright", "front page", None)])

case("whisper_diarized_txt", "whisperx.txt", """[00:00:00.000 --> 00:00:04.200] SPEAKER_00: Good morning and welcome to the lecture.
[00:00:04.200 --> 00:00:09.800] SPEAKER_00: Today we cover thermodynamics.
[00:00:10.100 --> 00:00:13.000] SPEAKER_01: Will this be on the midterm?
[00:00:13.400 --> 00:00:16.900] SPEAKER_00: Yes, the first law certainly will.
""", [("SPEAKER_00", "welcome to the lecture", 0), ("SPEAKER_01", "on the midterm", 10.1),
      ("SPEAKER_00", "first law certainly", 13.4)])

case("zoom_txt_tab", "zoom_tab.txt", """00:00:05\tJane Smith\tHi everyone, let us get started.
00:00:09\tRaj Patel\tI will take notes today.
00:00:14\tJane Smith\tThanks. First topic is the office move.
00:00:22\tRaj Patel\tMovers are booked for the fourteenth.
""", [("Jane Smith", "let us get started", 5), ("Raj Patel", "take notes today", 9),
      ("Jane Smith", "office move", 14), ("Raj Patel", "fourteenth", 22)])

case("zoom_cloud_txt", "zoom_cloud.txt", """[Jane Smith] 10:02:33
Hi everyone, let us get started.

[Raj Patel] 10:02:40
I will take notes today.

[Jane Smith] 10:02:46
Thanks. First topic is the office move.
""", [("Jane Smith", "let us get started", None), ("Raj Patel", "take notes today", None),
      ("Jane Smith", "office move", None)])

# ---------------------------------------------------------------- meeting tools captions
case("zoom_vtt", "zoom.vtt", """WEBVTT

1
00:00:01.200 --> 00:00:04.500
Jane Smith: Hi everyone, let us get started.

2
00:00:05.000 --> 00:00:08.100
Raj Patel: I will take notes today.

3
00:00:08.600 --> 00:00:12.900
Jane Smith: Thanks. First topic is the office move.
""", [("Jane Smith", "let us get started", 1.2), ("Raj Patel", "take notes today", 5),
      ("Jane Smith", "office move", 8.6)])

case("teams_vtt_voice", "teams.vtt", """WEBVTT

0f9a3c1e-2b3c-4d5e-8f90-1a2b3c4d5e6f/12-0
00:00:01.030 --> 00:00:04.120
<v Jane Smith>Good morning, this is the incident review.</v>

0f9a3c1e-2b3c-4d5e-8f90-1a2b3c4d5e6f/13-0
00:00:04.500 --> 00:00:09.000
<v Raj Patel>The outage started at two fifteen.</v>

0f9a3c1e-2b3c-4d5e-8f90-1a2b3c4d5e6f/14-0
00:00:09.400 --> 00:00:12.000
<v Jane Smith>Who was on call?</v>
""", [("Jane Smith", "incident review", 1.03), ("Raj Patel", "two fifteen", 4.5),
      ("Jane Smith", "on call", 9.4)])

case("teams_docx_old_text", "teams_old.txt", """Transcript

0:0:0.0 --> 0:0:4.120
Jane Smith
Good morning, this is the incident review.

0:0:4.500 --> 0:0:9.0
Raj Patel
The outage started at two fifteen.

0:0:9.400 --> 0:0:12.0
Jane Smith
Who was on call?

0:0:12.300 --> 0:0:15.800
Raj Patel
Mikko was, he escalated within ten minutes.
""", [("Jane Smith", "incident review", 0), ("Raj Patel", "two fifteen", 4.5),
      ("Jane Smith", "on call", 9.4), ("Raj Patel", "escalated within ten minutes", 12.3)])

case("teams_new_txt", "teams_new.txt", """Incident review-20240312_140102-Meeting Recording
March 12, 2024, 2:01PM
14m 33s

Jane Smith   0:03
Good morning, this is the incident review.

Raj Patel   0:09
The outage started at two fifteen.

Jane Smith   0:14
Who was on call?

Raj Patel   0:17
Mikko was, he escalated within ten minutes.
""", [("Jane Smith", "incident review", 3), ("Raj Patel", "two fifteen", 9),
      ("Jane Smith", "on call", 14), ("Raj Patel", "escalated within ten minutes", 17)])

case("google_meet_doc", "meet.txt", """Design review - Transcript
Attendees
Jane Smith, Raj Patel, Lena Vogt
Transcript
00:00:00

Jane Smith: Okay, I think everyone is here. Let us look at the mockups.
Raj Patel: The navigation bar feels crowded on mobile.
Lena Vogt: Agreed, we could move search into the menu.
Jane Smith: Let us try that and test it on Friday.
00:05:00

Raj Patel: One more thing about the colour contrast on buttons.
""", [("Jane Smith", "look at the mockups", None), ("Raj Patel", "crowded on mobile", None),
      ("Lena Vogt", "search into the menu", None), ("Jane Smith", "test it on Friday", None),
      ("Raj Patel", "colour contrast", None)])

case("webex_vtt_cueid", "webex.vtt", """WEBVTT

1 "Jane Smith" (1283746501)
00:00:01.000 --> 00:00:04.000
Jane Smith: Welcome to the partner briefing.

2 "Tomasz Nowak" (1283746502)
00:00:04.500 --> 00:00:08.000
Tomasz Nowak: Thanks, I will cover the roadmap.

3 "Jane Smith" (1283746501)
00:00:08.500 --> 00:00:11.000
Jane Smith: Please keep it to ten minutes.
""", [("Jane Smith", "partner briefing", 1), ("Tomasz Nowak", "cover the roadmap", 4.5),
      ("Jane Smith", "ten minutes", 8.5)])

case("webex_vtt_cueid_only", "webex2.vtt", """WEBVTT

1 "Jane Smith" (1283746501)
00:00:01.000 --> 00:00:04.000
Welcome to the partner briefing.

2 "Tomasz Nowak" (1283746502)
00:00:04.500 --> 00:00:08.000
Thanks, I will cover the roadmap.

3 "Jane Smith" (1283746501)
00:00:08.500 --> 00:00:11.000
Please keep it to ten minutes.
""", [("Jane Smith", "partner briefing", 1), ("Tomasz Nowak", "cover the roadmap", 4.5),
      ("Jane Smith", "ten minutes", 8.5)])

case("loom_copy_single", "loom.txt", """0:00 Hey team, quick walkthrough of the new billing page before Friday's release.
0:07 First, the plan selector now shows annual pricing by default.
0:15 Second, invoices can be downloaded as PDF from the history tab.
0:24 That is it, ping me in the channel with any questions.
""", [("*", "walkthrough of the new billing page", 0), ("*", "annual pricing", 7),
      ("*", "downloaded as PDF", 15), ("*", "ping me", 24)])

case("youtube_transcript_copy", "youtube_copy.txt", """0:00
hello everyone and welcome back to the channel
0:03
today we're building a bookshelf out of reclaimed pallets
0:08
first you'll need a pry bar and some gloves
0:12
so let's get started with taking the pallets apart
""", [("*", "welcome back to the channel", 0), ("*", "reclaimed pallets", 3),
      ("*", "pry bar", 8), ("*", "pallets apart", 12)])

case("youtube_auto_vtt", "yt_auto.vtt", """WEBVTT
Kind: captions
Language: en

00:00:00.000 --> 00:00:02.500 align:start position:0%
 
hello<00:00:00.400><c> everyone</c><00:00:00.800><c> and</c><00:00:01.000><c> welcome</c><00:00:01.400><c> back</c>

00:00:02.500 --> 00:00:02.510 align:start position:0%
hello everyone and welcome back
 

00:00:02.510 --> 00:00:05.000 align:start position:0%
hello everyone and welcome back
today<00:00:02.900><c> we're</c><00:00:03.100><c> building</c><00:00:03.500><c> a</c><00:00:03.600><c> bookshelf</c>

00:00:05.000 --> 00:00:05.010 align:start position:0%
today we're building a bookshelf
 

00:00:05.010 --> 00:00:08.000 align:start position:0%
today we're building a bookshelf
out<00:00:05.400><c> of</c><00:00:05.600><c> reclaimed</c><00:00:06.000><c> pallets</c>
""", [("*", "welcome back", 0), ("*", "building a bookshelf", 2.5), ("*", "reclaimed pallets", 5)])

case("youtube_sbv", "captions.sbv", """0:00:00.599,0:00:04.160
>> JANE: Welcome to the town hall on transit.

0:00:04.160,0:00:08.000
>> MAYOR DIAZ: Thank you. Bus service expands in May.

0:00:08.000,0:00:11.500
>> JANE: Will fares go up?
""", [("Jane", "town hall on transit", 0.6), ("Diaz|Mayor Diaz", "Bus service expands", 4.16),
      ("Jane", "fares go up", 8)])

# ---------------------------------------------------------------- subtitles
case("srt_named", "named.srt", """1
00:00:01,000 --> 00:00:03,000
JANE: Where were you last night?

2
00:00:03,500 --> 00:00:06,000
MARK: At the library, studying for finals.

3
00:00:06,500 --> 00:00:09,000
JANE: The library closes at eight.
""", [("Jane", "last night", 1), ("Mark", "studying for finals", 3.5), ("Jane", "closes at eight", 6.5)])

case("srt_speaker_dashes", "dashes.srt", """1
00:00:01,000 --> 00:00:03,000
- Where were you last night?
- At the library.

2
00:00:03,500 --> 00:00:06,000
- The library closes at eight.
- I stayed at Tom's after.
""", [("?A", "Where were you last night", 1), ("?B", "At the library", 1),
      ("?A", "closes at eight", 3.5), ("?B", "stayed at Tom", 3.5)])

case("srt_bracket_names", "brackets.srt", """1
00:00:01,000 --> 00:00:03,000
[Jane] Where were you last night?

2
00:00:03,500 --> 00:00:06,000
[Mark] At the library, studying for finals.

3
00:00:06,500 --> 00:00:09,000
[Jane] The library closes at eight.
""", [("Jane", "last night", 1), ("Mark", "studying for finals", 3.5), ("Jane", "closes at eight", 6.5)])

case("vtt_voice_class", "voiceclass.vtt", """WEBVTT

00:00:01.000 --> 00:00:03.000
<v.loud Esme>It's a blue apple tree!

00:00:03.500 --> 00:00:06.000
<v Mary>No way!</v>

00:00:06.500 --> 00:00:09.000
<v Esme F>Hee!</v> <i>laughter</i>
""", [("Esme", "blue apple tree", 1), ("Mary", "No way", 3.5), ("Esme", "Hee", 6.5)])

case("cart_captions", "cart.txt", """>> GOOD EVENING, EVERYONE. THIS MEETING OF THE CITY COUNCIL WILL COME TO ORDER.
>> COUNCILMEMBER PARK: THANK YOU, MADAM CHAIR. I MOVE TO APPROVE THE MINUTES.
>> SECOND.
>> CHAIR OKAFOR: ALL IN FAVOR? THE MINUTES ARE APPROVED.
>> COUNCILMEMBER PARK: I HAVE A QUESTION ABOUT THE PARKING ORDINANCE.
""", [("*", "WILL COME TO ORDER", None), ("Park|Councilmember Park", "APPROVE THE MINUTES", None),
      ("*", "SECOND", None), ("Okafor|Chair Okafor", "ALL IN FAVOR", None),
      ("Park|Councilmember Park", "PARKING ORDINANCE", None)])

case("ttml_agents", "captions.ttml", """<?xml version="1.0" encoding="UTF-8"?>
<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttm="http://www.w3.org/ns/ttml#metadata">
<head><metadata><ttm:agent xml:id="a1"><ttm:name>Jane Smith</ttm:name></ttm:agent>
<ttm:agent xml:id="a2"><ttm:name>Raj Patel</ttm:name></ttm:agent></metadata></head>
<body><div>
<p begin="00:00:01.000" end="00:00:03.000" ttm:agent="a1">Welcome to the briefing.</p>
<p begin="00:00:03.500" end="00:00:06.000" ttm:agent="a2">Thanks, let me share the slides.</p>
<p begin="00:00:06.500" end="00:00:09.000" ttm:agent="a1">Go ahead whenever you are ready.</p>
</div></body></tt>
""", [("Jane Smith", "Welcome to the briefing", 1), ("Raj Patel", "share the slides", 3.5),
      ("Jane Smith", "whenever you are ready", 6.5)])

# ---------------------------------------------------------------- JSON / CSV
case("podcast_namespace_json", "podcast_transcript.json", """{
  "version": "1.0.0",
  "segments": [
    {"speaker": "Kevin", "startTime": 0.5, "endTime": 3.2, "body": "We have an update planned for artwork uploads."},
    {"speaker": "Alban", "startTime": 3.5, "endTime": 7.0, "body": "You are triggering Tom with that feature request."},
    {"speaker": "Kevin", "startTime": 7.4, "endTime": 9.9, "body": "Tom will survive, I promise."}
  ]
}
""", [("Kevin", "artwork uploads", 0.5), ("Alban", "triggering Tom", 3.5), ("Kevin", "will survive", 7.4)])

case("podcast_namespace_html", "podcast_transcript.html", """<!DOCTYPE html>
<html><head><title>Episode 12 transcript</title></head><body>
<cite>Kevin:</cite>
<time>0:00</time>
<p>We have an update planned where we would like to give the ability to upload artwork.</p>
<cite>Alban:</cite>
<time>0:09</time>
<p>You are triggering Tom right now with a hey, here is a cool feature.</p>
<cite>Kevin:</cite>
<time>0:15</time>
<p>Tom will survive, I promise you that much.</p>
<cite>Alban:</cite>
<time>0:21</time>
<p>We will see about that next week.</p>
</body></html>
""", [("Kevin", "upload artwork", 0), ("Alban", "triggering Tom", 9), ("Kevin", "will survive", 15),
      ("Alban", "next week", 21)])

case("csv_premiere_style", "premiere.csv", """Speaker Name,Start Time,End Time,Text
Speaker 1,00;00;00;00,00;00;05;10,So tell me where you grew up.
Speaker 2,00;00;05;10,00;00;12;02,A small fishing village on the west coast of Norway.
Speaker 1,00;00;12;02,00;00;16;20,And when did you leave?
Speaker 2,00;00;16;20,00;00;22;00,"When I was seventeen, for university in Oslo."
""", [("Speaker 1", "where you grew up", 0), ("Speaker 2", "fishing village", 5),
      ("Speaker 1", "when did you leave", 12), ("Speaker 2", "university in Oslo", 17)])

case("csv_otter_like", "export.csv", """start,end,speaker,text
0.52,4.10,Jane Smith,Thanks everyone for joining the planning call.
4.50,8.00,Bob Lee,I have the budget numbers ready.
8.40,12.30,Jane Smith,Great let us start with marketing.
""", [("Jane Smith", "planning call", 0.52), ("Bob Lee", "budget numbers", 4.5), ("Jane Smith", "start with marketing", 8.4)])

case("messenger_json", "message_1.json", """{
  "participants": [{"name": "Anna Kowalski"}, {"name": "Ben Ortiz"}],
  "messages": [
    {"sender_name": "Ben Ortiz", "timestamp_ms": 1700000300000, "content": "See you at the station then.", "type": "Generic"},
    {"sender_name": "Anna Kowalski", "timestamp_ms": 1700000200000, "content": "The train leaves at nine fifteen.", "type": "Generic"},
    {"sender_name": "Ben Ortiz", "timestamp_ms": 1700000100000, "content": "What time is the train tomorrow?", "type": "Generic"}
  ],
  "title": "Anna Kowalski",
  "thread_path": "inbox/annakowalski_123"
}
""", [("Ben Ortiz", "What time is the train", None), ("Anna Kowalski", "nine fifteen", None),
      ("Ben Ortiz", "at the station", None)])

case("telegram_json", "result.json", """{
 "name": "Book club",
 "type": "private_group",
 "id": 4412,
 "messages": [
  {"id": 1, "type": "message", "date": "2024-03-01T19:02:11", "date_unixtime": "1709319731", "from": "Anna Kowalski", "from_id": "user111", "text": "Did everyone finish chapter nine?"},
  {"id": 2, "type": "message", "date": "2024-03-01T19:03:40", "date_unixtime": "1709319820", "from": "Ben Ortiz", "from_id": "user222", "text": ["Almost, ", {"type": "bold", "text": "the ending"}, " surprised me."]},
  {"id": 3, "type": "service", "date": "2024-03-01T19:04:00", "actor": "Anna Kowalski", "action": "pin_message", "text": ""},
  {"id": 4, "type": "message", "date": "2024-03-01T19:05:02", "date_unixtime": "1709319902", "from": "Anna Kowalski", "from_id": "user111", "text": "Same here, I did not see the twist coming."}
 ]
}
""", [("Anna Kowalski", "finish chapter nine", None), ("Ben Ortiz", "surprised me", None),
      ("Anna Kowalski", "twist coming", None)])

# ---------------------------------------------------------------- chat logs
case("slack_copy", "slack.txt", """Anna Kowalski  10:02 AM
has anyone looked at the flaky login test?
Ben Ortiz  10:04 AM
yes, it fails when the cache is cold
10:04
I opened a ticket for it this morning
Anna Kowalski  10:06 AM
thanks, I will pair with you after lunch
""", [("Anna Kowalski", "flaky login test", None), ("Ben Ortiz", "cache is cold", None),
      ("Ben Ortiz", "opened a ticket", None), ("Anna Kowalski", "pair with you", None)])

case("discord_copy", "discord.txt", """Anna — Today at 10:02 AM
has anyone looked at the flaky login test?
BenO — Today at 10:04 AM
yes, it fails when the cache is cold
I opened a ticket for it this morning
Anna — Today at 10:06 AM
thanks, I will pair with you after lunch
""", [("Anna", "flaky login test", None), ("BenO", "cache is cold", None),
      ("BenO", "opened a ticket", None), ("Anna", "pair with you", None)])

case("teams_chat_copy", "teams_chat.txt", """[10:02 AM] Anna Kowalski
has anyone looked at the flaky login test?
[10:04 AM] Ben Ortiz
yes, it fails when the cache is cold
[10:05 AM] Ben Ortiz
I opened a ticket for it this morning
[10:06 AM] Anna Kowalski
thanks, I will pair with you after lunch
""", [("Anna Kowalski", "flaky login test", None), ("Ben Ortiz", "cache is cold", None),
      ("Ben Ortiz", "opened a ticket", None), ("Anna Kowalski", "pair with you", None)])

case("telegram_html", "messages.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"/><title>Exported Data</title></head>
<body><div class="page_wrap"><div class="page_header"><div class="content"><div class="text bold">Book club</div></div></div>
<div class="page_body chat_page"><div class="history">
<div class="message service" id="message-1"><div class="body details">1 March 2024</div></div>
<div class="message default clearfix" id="message1"><div class="pull_left userpic_wrap"><div class="userpic userpic2" style="width: 42px; height: 42px"><div class="initials" style="line-height: 42px">AK</div></div></div>
<div class="body"><div class="pull_right date details" title="01.03.2024 19:02:11 UTC+01:00">19:02</div>
<div class="from_name">Anna Kowalski</div>
<div class="text">Did everyone finish chapter nine?</div></div></div>
<div class="message default clearfix" id="message2"><div class="pull_left userpic_wrap"><div class="userpic userpic5" style="width: 42px; height: 42px"><div class="initials" style="line-height: 42px">BO</div></div></div>
<div class="body"><div class="pull_right date details" title="01.03.2024 19:03:40 UTC+01:00">19:03</div>
<div class="from_name">Ben Ortiz</div>
<div class="text">Almost, the ending surprised me.</div></div></div>
<div class="message default clearfix joined" id="message3">
<div class="body"><div class="pull_right date details" title="01.03.2024 19:03:58 UTC+01:00">19:03</div>
<div class="text">I read it twice on the bus.</div></div></div>
<div class="message default clearfix" id="message4"><div class="pull_left userpic_wrap"><div class="userpic userpic2" style="width: 42px; height: 42px"><div class="initials" style="line-height: 42px">AK</div></div></div>
<div class="body"><div class="pull_right date details" title="01.03.2024 19:05:02 UTC+01:00">19:05</div>
<div class="from_name">Anna Kowalski</div>
<div class="text">Same here, I did not see the twist coming.</div></div></div>
<div class="message default clearfix" id="message5"><div class="pull_left userpic_wrap"><div class="userpic userpic5" style="width: 42px; height: 42px"><div class="initials" style="line-height: 42px">BO</div></div></div>
<div class="body"><div class="pull_right date details" title="01.03.2024 19:06:30 UTC+01:00">19:06</div>
<div class="from_name">Ben Ortiz</div>
<div class="text">Next month we should pick something shorter.</div></div></div>
</div></div></div></body></html>
""", [("Anna Kowalski", "finish chapter nine", None), ("Ben Ortiz", "surprised me", None),
      ("Ben Ortiz", "twice on the bus", None), ("Anna Kowalski", "twist coming", None),
      ("Ben Ortiz", "something shorter", None)])

case("whatsapp_android_24h", "WhatsApp Chat with Book club.txt", """01/03/2024, 19:02 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
01/03/2024, 19:02 - Anna Kowalski: Did everyone finish chapter nine?
01/03/2024, 19:03 - Ben Ortiz: Almost, the ending surprised me.
01/03/2024, 19:04 - Ben Ortiz: <Media omitted>
14/03/2024, 19:05 - Anna Kowalski: Same here, I did not see the twist coming.
""", [("Anna Kowalski", "finish chapter nine", None), ("Ben Ortiz", "surprised me", None),
      ("Anna Kowalski", "twist coming", None)])

case("irc_log", "channel.log", """[19:02] <anna> did everyone finish chapter nine?
[19:03] <beno> almost, the ending surprised me
[19:03] * beno waves
[19:05] <anna> same here, I did not see the twist coming
""", [("anna", "chapter nine", None), ("beno", "surprised me", None), ("anna", "twist coming", None)])

# ---------------------------------------------------------------- parliaments
case("hansard_uk_text", "hansard.txt", """Prime Minister: Engagements

Jane Doe (Northtown) (Lab)
If he will list his official engagements for Wednesday 12 June.

The Prime Minister (John Major)
This morning I had meetings with ministerial colleagues and others. In addition to my duties in this House, I shall have further such meetings later today.

Jane Doe
Does the Prime Minister accept that waiting lists in Northtown have doubled since last year?

The Prime Minister
No, I do not accept that. Waiting times have fallen in every region.

Mr Speaker
Order. I call Sir Peter Grant.

Sir Peter Grant (Eastvale) (Con)
Will my right hon. Friend welcome the new bypass in my constituency?
""", [("Jane Doe", "official engagements", None), ("John Major|Prime Minister", "ministerial colleagues", None),
      ("Jane Doe", "waiting lists in Northtown", None), ("John Major|Prime Minister", "fallen in every region", None),
      ("Speaker", "I call Sir Peter", None), ("Peter Grant", "new bypass", None)])

case("hansard_uk_inline", "hansard_inline.txt", """Jane Doe (Northtown) (Lab): If he will list his official engagements for Wednesday 12 June.

The Prime Minister (John Major): This morning I had meetings with ministerial colleagues and others.

Jane Doe: Does the Prime Minister accept that waiting lists in Northtown have doubled since last year?

The Prime Minister: No, I do not accept that. Waiting times have fallen in every region.

Mr Speaker: Order. I call Sir Peter Grant.

Sir Peter Grant (Eastvale) (Con): Will my right hon. Friend welcome the new bypass in my constituency?
""", [("Jane Doe", "official engagements", None), ("John Major|Prime Minister", "ministerial colleagues", None),
      ("Jane Doe", "waiting lists in Northtown", None), ("John Major|Prime Minister", "fallen in every region", None),
      ("Speaker", "I call Sir Peter", None), ("Peter Grant", "new bypass", None)])

case("eu_parliament_cre", "cre.txt", """President. – The next item is the debate on the protection of pollinators.

Maria Schmidt, on behalf of the PPE Group. – Madam President, bees are essential for our food security.

Jean Dupont, au nom du groupe S&D. – Madame la Présidente, nous devons interdire ces pesticides.

President. – Thank you. The debate is closed.

Maria Schmidt (PPE). – Madam President, one more remark on the labelling proposal.
""", [("President", "protection of pollinators", None), ("Maria Schmidt", "food security", None),
      ("Jean Dupont", "interdire ces pesticides", None), ("President", "debate is closed", None),
      ("Maria Schmidt", "labelling proposal", None)])

case("bundestag", "bundestag.txt", """Präsident Dr. Wolfgang Schäuble:
Ich eröffne die Aussprache. Das Wort hat die Kollegin Dr. Alice Weidel.

Dr. Alice Weidel (AfD):
Herr Präsident! Meine Damen und Herren! Die Haushaltslage ist dramatisch.

(Beifall bei der AfD – Zuruf von der SPD: Unsinn!)

Die Bundesregierung ignoriert die Warnungen der Experten.

Präsident Dr. Wolfgang Schäuble:
Nächster Redner ist der Kollege Olaf Scholz.

Olaf Scholz, Bundesminister der Finanzen:
Herr Präsident! Die Zahlen sprechen eine andere Sprache.
""", [("Wolfgang Schäuble", "eröffne die Aussprache", None), ("Alice Weidel", "Haushaltslage ist dramatisch", None),
      ("Alice Weidel", "ignoriert die Warnungen", None), ("Wolfgang Schäuble", "Nächster Redner", None),
      ("Olaf Scholz", "andere Sprache", None)])

case("assemblee_nationale", "an.txt", """M. le président. La séance est ouverte. La parole est à Mme Claire Dupont.

Mme Claire Dupont. Madame la ministre, les hôpitaux ruraux manquent de médecins.

M. le président. La parole est à Mme la ministre de la santé.

Mme Agnès Lefèvre, ministre de la santé. Madame la députée, nous avons ouvert cent postes d'internes.

Mme Claire Dupont. Ce n'est pas suffisant pour la Creuse.

M. le président. Nous passons à la question suivante.
""", [("président|Président", "séance est ouverte", None), ("Claire Dupont", "hôpitaux ruraux", None),
      ("président|Président", "ministre de la santé", None), ("Agnès Lefèvre", "cent postes", None),
      ("Claire Dupont", "pas suffisant", None), ("président|Président", "question suivante", None)])

case("congreso_es", "congreso.txt", """El señor PRESIDENTE: Tiene la palabra la señora García López.

La señora GARCÍA LÓPEZ: Gracias, señor presidente. Señorías, la vivienda es un derecho.

El señor PRESIDENTE: Muchas gracias. Tiene la palabra el señor ministro.

El señor MINISTRO DE FOMENTO (Martínez Ruiz): Señoría, hemos construido veinte mil viviendas.

La señora GARCÍA LÓPEZ: No son suficientes, señor ministro.
""", [("Presidente", "Tiene la palabra la señora", None), ("García López", "vivienda es un derecho", None),
      ("Presidente", "señor ministro.", None), ("Martínez Ruiz|Ministro de Fomento", "veinte mil viviendas", None),
      ("García López", "No son suficientes", None)])

case("senato_it", "senato.txt", """PRESIDENTE. Ha facoltà di parlare il senatore Rossi.

ROSSI (PD). Grazie, signor Presidente. Il decreto sulle scuole è insufficiente.

PRESIDENTE. Ha facoltà di parlare la senatrice Bianchi.

BIANCHI (FdI). Signor Presidente, il Governo ha stanziato tre miliardi.

ROSSI (PD). Sono fondi già previsti dalla legge di bilancio.
""", [("Presidente", "Ha facoltà di parlare il senatore", None), ("Rossi", "decreto sulle scuole", None),
      ("Presidente", "la senatrice Bianchi", None), ("Bianchi", "tre miliardi", None),
      ("Rossi", "legge di bilancio", None)])

case("duma_ru", "duma.txt", """Председательствующий. Уважаемые коллеги, переходим к следующему вопросу. Слово предоставляется Иванову Ивану Ивановичу.

Иванов И. И., фракция «Единая Россия». Уважаемый Вячеслав Викторович! Законопроект направлен на поддержку сельских школ.

Председательствующий. Спасибо. Есть вопросы? Петрова Анна Сергеевна, пожалуйста.

Петрова А. С. Скажите, сколько школ получит финансирование?

Иванов И. И. Около трёх тысяч школ в сорока регионах.
""", [("Председательствующий", "переходим к следующему", None), ("Иванов", "сельских школ", None),
      ("Председательствующий", "Есть вопросы", None), ("Петрова", "сколько школ", None),
      ("Иванов", "трёх тысяч", None)])

case("kokkai_jp", "kokkai.txt", """○議長（大島理森君）　これより会議を開きます。
○議長（大島理森君）　日程第一、予算案を議題といたします。委員長の報告を求めます。予算委員長山田太郎君。
○山田太郎君　ただいま議題となりました予算案につきまして、委員会における審査の経過及び結果を御報告申し上げます。
○議長（大島理森君）　討論の通告があります。順次これを許します。佐藤花子君。
○佐藤花子君　私は、立憲民主党を代表して、本予算案に反対の討論を行います。（拍手）
○国務大臣（鈴木一郎君）　ただいまの御質問にお答えいたします。
""", [("大島理森|議長", "これより会議を開きます", None), ("大島理森|議長", "日程第一", None),
      ("山田太郎", "審査の経過", None), ("大島理森|議長", "討論の通告", None),
      ("佐藤花子", "反対の討論", None), ("鈴木一郎|国務大臣", "御質問にお答え", None)])

case("congress_hearing", "hearing.txt", """Chairman SMITH. The committee will come to order. Today we examine rail safety.

Mr. JONES. Thank you, Mr. Chairman. I want to welcome our witnesses.

Chairman SMITH. Ms. Alvarez, you are recognized for five minutes.

Ms. ALVAREZ. Thank you. Derailments have increased by twelve percent since 2019.

Mr. JONES. What caused that increase in your view?

Ms. ALVAREZ. Deferred track maintenance, primarily.
""", [("Smith", "rail safety", None), ("Jones", "welcome our witnesses", None),
      ("Smith", "five minutes", None), ("Alvarez", "Derailments", None),
      ("Jones", "caused that increase", None), ("Alvarez", "Deferred track", None)])

# ---------------------------------------------------------------- courts
case("deposition_us_qa", "deposition.txt", """DEPOSITION OF JOHN DOE

JOHN DOE, having been first duly sworn, testified as follows:

EXAMINATION
BY MR. SMITH:
Q. Please state your name for the record.
A. My name is John Doe.
Q. Where were you employed in March 2019?
A. At the Riverside warehouse.
MS. LEE: Objection, vague.
Q. You may answer.
A. I was a shift supervisor there.
""", [("Smith|Examiner", "state your name", None), ("John Doe|Witness", "My name is John Doe", None),
      ("Smith|Examiner", "employed in March", None), ("John Doe|Witness", "Riverside warehouse", None),
      ("Lee", "Objection, vague", None), ("Smith|Examiner", "You may answer", None),
      ("John Doe|Witness", "shift supervisor", None)])

case("uk_court", "uk_court.txt", """MR JUSTICE HARTLEY: Yes, Ms Okafor.

MS OKAFOR: My Lord, I call the first witness, Mr Daniel Price.

MR DANIEL PRICE (sworn)

Examination-in-chief by MS OKAFOR

Q. Mr Price, what is your occupation?
A. I am a structural engineer.
Q. Did you inspect the building in May?
A. Yes, on the fourth of May.

MR JUSTICE HARTLEY: Speak up a little, Mr Price.
""", [("Hartley|Justice Hartley", "Yes, Ms Okafor", None), ("Okafor", "first witness", None),
      ("Okafor|Examiner", "your occupation", None), ("Daniel Price|Price|Witness", "structural engineer", None),
      ("Okafor|Examiner", "inspect the building", None), ("Daniel Price|Price|Witness", "fourth of May", None),
      ("Hartley|Justice Hartley", "Speak up", None)])

case("au_court", "au_court.txt", """HIS HONOUR: Yes, Mr Nguyen.

MR NGUYEN: Your Honour, the Crown calls Senior Constable Mary Walsh.

<MARY WALSH, SWORN

<EXAMINATION BY MR NGUYEN

MR NGUYEN: Constable, where were you stationed in 2021?---At Parramatta.

And did you attend the premises on 3 June?---Yes, with my partner.

HIS HONOUR: Take your time, Constable.
""", [("His Honour", "Yes, Mr Nguyen", None), ("Nguyen", "Crown calls", None),
      ("Nguyen", "where were you stationed", None), ("Mary Walsh|Walsh|Witness", "At Parramatta", None),
      ("Nguyen", "attend the premises", None), ("Mary Walsh|Walsh|Witness", "with my partner", None),
      ("His Honour", "Take your time", None)])

case("canada_court", "ca_court.txt", """THE COURT: Please be seated. Mr. Tremblay, your next witness.

MR. TREMBLAY: Thank you, Your Honour. The Crown calls Luc Bouchard.

LUC BOUCHARD: SWORN

EXAMINATION IN-CHIEF BY MR. TREMBLAY:

Q. Mr. Bouchard, what did you see on the night of the fire?
A. Smoke coming from the garage.
Q. What time was that?
A. Around eleven thirty.
""", [("The Court", "Please be seated", None), ("Tremblay", "Crown calls", None),
      ("Tremblay|Examiner", "night of the fire", None), ("Luc Bouchard|Bouchard|Witness", "Smoke coming", None),
      ("Tremblay|Examiner", "What time was that", None), ("Luc Bouchard|Bouchard|Witness", "eleven thirty", None)])

# ---------------------------------------------------------------- press
case("press_briefing_wh", "briefing.txt", """MS. PSAKI: Good afternoon, everyone. I have two items for you at the top.

Q Thank you, Jen. On the infrastructure bill, does the President have the votes?

MS. PSAKI: We are confident it will pass this week.

Q A follow-up on that. What about the Senate schedule?

MS. PSAKI: I would point you to Leader Schumer's office on timing.
""", [("Psaki", "two items", None), ("Q|Reporter|Question", "have the votes", None),
      ("Psaki", "confident it will pass", None), ("Q|Reporter|Question", "Senate schedule", None),
      ("Psaki", "Schumer's office", None)])

case("press_interview_fr", "entretien.txt", """Journaliste : Madame la ministre, la réforme des retraites est-elle enterrée ?

Élisabeth Martin : Absolument pas. Nous reprendrons la concertation en septembre.

Journaliste : Avec les mêmes syndicats ?

Élisabeth Martin : Avec tous ceux qui voudront venir à la table.

Journaliste : Et le calendrier ?

Élisabeth Martin : Un texte au Parlement avant la fin de l'année.
""", [("Journaliste", "réforme des retraites", None), ("Élisabeth Martin", "concertation en septembre", None),
      ("Journaliste", "mêmes syndicats", None), ("Élisabeth Martin", "venir à la table", None),
      ("Journaliste", "calendrier", None), ("Élisabeth Martin", "fin de l'année", None)])

case("press_interview_fr_nbsp", "entretien_nbsp.txt", """Journaliste\u00a0: Madame la ministre, la réforme des retraites est-elle enterrée\u00a0?

Élisabeth Martin\u00a0: Absolument pas. Nous reprendrons la concertation en septembre.

Journaliste\u00a0: Avec les mêmes syndicats\u00a0?

Élisabeth Martin\u00a0: Avec tous ceux qui voudront venir à la table.
""", [("Journaliste", "réforme des retraites", None), ("Élisabeth Martin", "concertation en septembre", None),
      ("Journaliste", "mêmes syndicats", None), ("Élisabeth Martin", "venir à la table", None)])

case("magazine_bold_questions", "interview.md", """# "We built it in a garage": an interview with Nadia Petrova

Nadia Petrova founded the robotics start-up Kinetica in 2015. We met her in Berlin.

**How did Kinetica start?**

In a garage in Sofia, with two friends and a soldering iron we borrowed from my uncle.

**What was the hardest moment?**

Running out of money in 2017. We paid salaries from my savings for four months.

**And what comes next?**

A warehouse robot that costs less than a forklift.
""", [("*", "How did Kinetica start", None), ("Nadia Petrova", "soldering iron", None),
      ("*", "hardest moment", None), ("Nadia Petrova", "salaries from my savings", None),
      ("*", "what comes next", None), ("Nadia Petrova", "less than a forklift", None)])

# ---------------------------------------------------------------- research interviews
case("german_f4_codes", "interview_f4.txt", """I: Wie sind Sie zu diesem Beruf gekommen? #00:00:05-2#

B: Eigentlich durch Zufall, meine Tante hatte eine Bäckerei. #00:00:12-8#

I: Und was gefällt Ihnen daran am meisten? #00:00:20-1#

B: Das frühe Aufstehen jedenfalls nicht (lacht). Eher der Kontakt mit den Kunden. #00:00:31-4#

I: Hat sich das in den letzten Jahren verändert? #00:00:36-0#

B: Ja, die Leute haben weniger Zeit. #00:00:41-7#
""", [("I", "diesem Beruf", 5.2), ("B", "meine Tante", 12.8), ("I", "am meisten", 20.1),
      ("B", "Kontakt mit den Kunden", 31.4), ("I", "verändert", 36), ("B", "weniger Zeit", 41.7)])

case("german_interviewer_befragte", "interview_de.txt", """Interviewer: Wie sind Sie zu diesem Beruf gekommen?

Befragte: Eigentlich durch Zufall, meine Tante hatte eine Bäckerei.

Interviewer: Und was gefällt Ihnen daran am meisten?

Befragte: Eher der Kontakt mit den Kunden.

Interviewer: Hat sich das verändert?

Befragte: Ja, die Leute haben weniger Zeit.
""", [("Interviewer", "diesem Beruf", None), ("Befragte", "meine Tante", None), ("Interviewer", "am meisten", None),
      ("Befragte", "Kontakt mit den Kunden", None), ("Interviewer", "verändert", None), ("Befragte", "weniger Zeit", None)])

case("spanish_p_r", "entrevista.txt", """Entrevista a Juan Pérez, pescador, Vigo, 12 de mayo de 2019.

P: ¿Cuántos años lleva trabajando en el mar?

R: Desde los quince años, con mi padre.

P: ¿Qué ha cambiado desde entonces?

R: Hay menos pescado y más normas.

P: ¿Sus hijos seguirán con el oficio?

R: No, mi hija estudia medicina.
""", [("P|Entrevistador|Question", "Cuántos años", None), ("R|Juan Pérez", "los quince años", None),
      ("P|Entrevistador|Question", "Qué ha cambiado", None), ("R|Juan Pérez", "menos pescado", None),
      ("P|Entrevistador|Question", "seguirán con el oficio", None), ("R|Juan Pérez", "estudia medicina", None)])

case("portuguese_entrevistador", "entrevista_pt.txt", """Entrevistador: Como começou a sua carreira na música?

Entrevistada: Cantava no coro da igreja em Salvador.

Entrevistador: E quando gravou o primeiro disco?

Entrevistada: Em 1998, com um selo independente.

Entrevistador: Qual é o próximo projeto?

Entrevistada: Um álbum só com compositoras baianas.
""", [("Entrevistador", "carreira na música", None), ("Entrevistada", "coro da igreja", None),
      ("Entrevistador", "primeiro disco", None), ("Entrevistada", "selo independente", None),
      ("Entrevistador", "próximo projeto", None), ("Entrevistada", "compositoras baianas", None)])

case("oral_history_surnames", "oral_history.txt", """Oral History Interview with Walter Brennan
Interviewer: Susan Clark
Date: June 3, 1987

CLARK: Mr. Brennan, where were you born?

BRENNAN: In Butte, Montana, in 1911. My father worked in the copper mines.

CLARK: Did you go into the mines yourself?

BRENNAN: For two summers, then I got a scholarship to the university.

CLARK: What do you remember about the strike of 1934?

BRENNAN: The company brought in guards, and there was shooting near the Anaconda gate.
""", [("Clark|Susan Clark", "where were you born", None), ("Brennan|Walter Brennan", "copper mines", None),
      ("Clark|Susan Clark", "into the mines", None), ("Brennan|Walter Brennan", "scholarship", None),
      ("Clark|Susan Clark", "strike of 1934", None), ("Brennan|Walter Brennan", "Anaconda gate", None)])

case("oral_history_initials", "oh_initials.txt", """Interviewee: Walter Brennan (WB)
Interviewer: Susan Clark (SC)

SC: Mr. Brennan, where were you born?

WB: In Butte, Montana, in 1911. My father worked in the copper mines.

SC: Did you go into the mines yourself?

WB: For two summers, then I got a scholarship to the university.
""", [("SC|Susan Clark", "where were you born", None), ("WB|Walter Brennan", "copper mines", None),
      ("SC|Susan Clark", "into the mines", None), ("WB|Walter Brennan", "scholarship", None)])

case("focus_group", "focus_group.txt", """Moderator: Thanks for coming. Let us start with your morning routine. Who wants to go first?

P1: I usually check my phone before I even get out of bed.

P3: Same, but I try to read the news on the tablet instead.

Moderator: Interesting. P2, what about you?

P2: Coffee first, phone second, always.

P1: Honestly that sounds healthier than what I do.
""", [("Moderator", "morning routine", None), ("P1", "check my phone", None), ("P3", "news on the tablet", None),
      ("Moderator", "what about you", None), ("P2", "Coffee first", None), ("P1", "sounds healthier", None)])

case("focus_group_respondent", "focus_group2.txt", """MODERATOR: Thanks for coming. Let us start with your morning routine.

RESPONDENT 1: I usually check my phone before I even get out of bed.

RESPONDENT 3: Same, but I try to read the news on the tablet instead.

MODERATOR: Interesting. What about you?

RESPONDENT 2: Coffee first, phone second, always.

MULTIPLE: [laughter]

RESPONDENT 1: Honestly that sounds healthier than what I do.
""", [("Moderator", "morning routine", None), ("Respondent 1", "check my phone", None), ("Respondent 3", "news on the tablet", None),
      ("Moderator", "what about you", None), ("Respondent 2", "Coffee first", None), ("Respondent 1", "sounds healthier", None)])

case("chinese_interview", "caifang.txt", """记者：您是什么时候开始做陶瓷的？

王师傅：十六岁就跟着父亲学了。

记者：现在还有年轻人愿意学吗？

王师傅：少了，不过去年来了两个大学生。

记者：您对他们有什么期望？

王师傅：希望他们能坚持下去。
""", [("记者", "开始做陶瓷", None), ("王师傅", "十六岁", None), ("记者", "年轻人愿意学", None),
      ("王师傅", "两个大学生", None), ("记者", "什么期望", None), ("王师傅", "坚持下去", None)])

case("korean_interview", "korean.txt", """사회자: 오늘 어떤 이야기를 준비하셨나요?

김민수: 저희 마을 도서관에 대한 이야기입니다.

사회자: 언제 문을 열었나요?

김민수: 작년 봄에 주민들이 직접 만들었습니다.

사회자: 이용자는 많나요?

김민수: 하루에 백 명 정도 옵니다.
""", [("사회자", "이야기를 준비", None), ("김민수", "마을 도서관", None), ("사회자", "문을 열었나요", None),
      ("김민수", "작년 봄에", None), ("사회자", "이용자는", None), ("김민수", "백 명 정도", None)])

case("arabic_interview", "arabic.txt", """المذيع: أهلا بك في البرنامج، حدثنا عن مشروعك الجديد.

د. سارة الخطيب: شكرا لك، المشروع يهدف إلى تحلية مياه البحر بالطاقة الشمسية.

المذيع: ومتى يبدأ التنفيذ؟

د. سارة الخطيب: في بداية العام المقبل إن شاء الله.

المذيع: وما هي التكلفة المتوقعة؟

د. سارة الخطيب: حوالي عشرين مليون دولار.
""", [("المذيع", "مشروعك الجديد", None), ("سارة الخطيب", "تحلية مياه", None), ("المذيع", "يبدأ التنفيذ", None),
      ("سارة الخطيب", "العام المقبل", None), ("المذيع", "التكلفة", None), ("سارة الخطيب", "عشرين مليون", None)])

case("role_in_parens", "roles.txt", """Jane Smith (Host): Welcome to Policy Corner. Today we talk housing.

Dr. Omar Haddad (Guest): Thanks Jane. Rents rose eight percent last year.

Jane Smith (Host): What is driving that?

Dr. Omar Haddad (Guest): Mostly a shortage of new construction.

Jane Smith (Host): Can zoning reform help?

Dr. Omar Haddad (Guest): It is the single biggest lever we have.
""", [("Jane Smith", "Policy Corner", None), ("Omar Haddad", "eight percent", None), ("Jane Smith", "driving that", None),
      ("Omar Haddad", "shortage of new", None), ("Jane Smith", "zoning reform", None), ("Omar Haddad", "biggest lever", None)])

# ---------------------------------------------------------------- podcasts / web / notes
case("podcast_md_bold_time", "episode.md", """# Episode 88: Sleep science

**Maya Lin** [00:00:04]: Welcome to Body Matters. Today, sleep.

**Dr. Felix Braun** [00:00:09]: Thanks Maya. Most adults need seven to nine hours.

**Maya Lin** [00:00:15]: What about naps?

**Dr. Felix Braun** [00:00:18]: Twenty minutes, before three in the afternoon.
""", [("Maya Lin", "Body Matters", 4), ("Felix Braun", "seven to nine hours", 9),
      ("Maya Lin", "about naps", 15), ("Felix Braun", "Twenty minutes", 18)])

case("podcast_md_heading_time", "episode2.md", """# Episode 88: Sleep science

## Maya Lin (00:04)

Welcome to Body Matters. Today, sleep.

## Dr. Felix Braun (00:09)

Thanks Maya. Most adults need seven to nine hours.

## Maya Lin (00:15)

What about naps?

## Dr. Felix Braun (00:18)

Twenty minutes, before three in the afternoon.
""", [("Maya Lin", "Body Matters", 4), ("Felix Braun", "seven to nine hours", 9),
      ("Maya Lin", "about naps", 15), ("Felix Braun", "Twenty minutes", 18)])

case("podcast_html_strong", "episode.html", """<!DOCTYPE html><html><head><title>Episode 88: Sleep science - Body Matters</title></head>
<body><nav><a href="/">Home</a> | <a href="/episodes">Episodes</a></nav>
<article><h1>Episode 88: Sleep science</h1>
<p><span class="ts">[00:00:04]</span> <strong>Maya Lin:</strong> Welcome to Body Matters. Today, sleep, and why we get so little of it.</p>
<p><span class="ts">[00:00:09]</span> <strong>Felix Braun:</strong> Thanks Maya. Most adults need seven to nine hours every night.</p>
<p><span class="ts">[00:00:15]</span> <strong>Maya Lin:</strong> What about naps during the working day?</p>
<p><span class="ts">[00:00:18]</span> <strong>Felix Braun:</strong> Twenty minutes, before three in the afternoon, is the sweet spot.</p>
</article><footer>Copyright 2024 Body Matters</footer></body></html>
""", [("Maya Lin", "Body Matters", 4), ("Felix Braun", "seven to nine hours", 9),
      ("Maya Lin", "about naps", 15), ("Felix Braun", "Twenty minutes", 18)])

case("meeting_minutes_bullets", "minutes.md", """# Team meeting 2024-03-12

Attendees: Jane, Raj, Lena

## Discussion

- Jane: the release is moving to April because of the security audit.
- Raj: QA needs two more weeks for the payment flows.
- Lena: marketing can shift the campaign without extra cost.
- Jane: then April 15 is the new date.

## Action items

- Raj to update the test plan
""", [("Jane", "security audit", None), ("Raj", "payment flows", None), ("Lena", "shift the campaign", None),
      ("Jane", "April 15", None)])

case("screenplay_style_caps_own_line", "tv_transcript.txt", """JANE SMITH
Where were you last night? I called four times.

MARK COLE
At the library, studying for finals.

JANE SMITH
The library closes at eight, Mark.

MARK COLE
Fine. I was at Tom's place, playing cards.
""", [("Jane Smith", "called four times", None), ("Mark Cole", "studying for finals", None),
      ("Jane Smith", "closes at eight", None), ("Mark Cole", "playing cards", None)])

case("name_dash_inline", "dash_inline.txt", """Jane Smith – Welcome back to the show, everyone.
Omar Haddad – Thanks for having me again.
Jane Smith – Last time we talked about rents. What changed?
Omar Haddad – Vacancy rates finally started to rise.
Jane Smith – Is that good news for tenants?
Omar Haddad – Mostly, yes, in the big cities.
""", [("Jane Smith", "Welcome back", None), ("Omar Haddad", "having me again", None),
      ("Jane Smith", "What changed", None), ("Omar Haddad", "Vacancy rates", None),
      ("Jane Smith", "good news for tenants", None), ("Omar Haddad", "big cities", None)])

case("speaker_time_line_then_text_mmss_dash", "aiko.txt", """[00:00:03 - 00:00:07] Speaker A
Welcome to the product demo.

[00:00:08 - 00:00:14] Speaker B
Thanks, I will start with the dashboard.

[00:00:15 - 00:00:19] Speaker A
Can you zoom in a little?
""", [("Speaker A", "product demo", 3), ("Speaker B", "start with the dashboard", 8), ("Speaker A", "zoom in", 15)])

case("markdown_table", "table.md", """| Time | Speaker | Text |
|------|---------|------|
| 00:00:02 | Jane Smith | Welcome to the product demo. |
| 00:00:08 | Raj Patel | Thanks, I will start with the dashboard. |
| 00:00:15 | Jane Smith | Can you zoom in a little? |
""", [("Jane Smith", "product demo", 2), ("Raj Patel", "start with the dashboard", 8), ("Jane Smith", "zoom in", 15)])

# ---------------------------------------------------------------- more shapes (second batch)
case("whisper_cli_plain", "whisper_cli.txt", """[00:00.000 --> 00:04.200]  Good morning and welcome to the lecture.
[00:04.200 --> 00:09.800]  Today we cover the first law of thermodynamics.
[00:10.100 --> 00:13.000]  Energy is neither created nor destroyed.
[00:13.400 --> 00:16.900]  It only changes form.
""", [("*", "welcome to the lecture", 0), ("*", "first law", 4.2), ("*", "neither created", 10.1), ("*", "changes form", 13.4)])

case("focus_group_respondent_plain", "focus_group3.txt", """MODERATOR: Thanks for coming. Let us start with your morning routine.

RESPONDENT 1: I usually check my phone before I even get out of bed.

RESPONDENT 3: Same, but I try to read the news on the tablet instead.

MODERATOR: Interesting. What about you?

RESPONDENT 2: Coffee first, phone second, always.

RESPONDENT 1: Honestly that sounds healthier than what I do.
""", [("Moderator", "morning routine", None), ("Respondent 1", "check my phone", None), ("Respondent 3", "news on the tablet", None),
      ("Moderator", "what about you", None), ("Respondent 2", "Coffee first", None), ("Respondent 1", "sounds healthier", None)])

case("otter_docx_summary_header", "otter_summary.txt", """Quarterly planning
Tue, Mar 12, 2024 10:02AM • 14:33

SUMMARY KEYWORDS
budget, marketing, spend, forecast, quarter

SPEAKERS
Jane Smith, Bob Lee

Jane Smith  00:03
Thanks everyone for joining the quarterly planning call today.

Bob Lee  00:15
Happy to be here, I have the budget numbers ready.

Jane Smith  00:22
Great, let us start with the marketing line items.

Bob Lee  01:02
Sure, the marketing spend dropped by twelve percent.
""", [("Jane Smith", "quarterly planning call", 3), ("Bob Lee", "budget numbers ready", 15),
      ("Jane Smith", "marketing line items", 22), ("Bob Lee", "dropped by twelve percent", 62)])

case("teams_joined_lines", "teams_events.txt", """Jane Smith started transcription

Jane Smith   0:03
Good morning, this is the incident review.

Raj Patel   0:09
The outage started at two fifteen.

Lena Vogt joined the meeting

Lena Vogt   0:14
Sorry I'm late. Was it the database again?

Raj Patel   0:17
Yes, the primary ran out of disk.

Jane Smith stopped transcription
""", [("Jane Smith", "incident review", 3), ("Raj Patel", "two fifteen", 9),
      ("Lena Vogt", "database again", 14), ("Raj Patel", "out of disk", 17)])

case("lok_sabha", "lok_sabha.txt", """HON. SPEAKER: The House shall now take up Question Hour. Question No. 41, Shri Rahul Verma.

SHRI RAHUL VERMA (LUCKNOW): Sir, I would like to know how many rural roads were completed last year.

THE MINISTER OF RURAL DEVELOPMENT (SHRI ANIL KAPOOR): Sir, forty two thousand kilometres were completed.

SHRI RAHUL VERMA: Sir, many of those roads are already damaged.

HON. SPEAKER: Please ask a specific question.
""", [("Speaker|Hon. Speaker", "Question Hour", None), ("Rahul Verma", "rural roads", None),
      ("Anil Kapoor|Minister of Rural Development", "forty two thousand", None), ("Rahul Verma", "already damaged", None),
      ("Speaker|Hon. Speaker", "specific question", None)])

case("dail_eireann", "dail.txt", """An Ceann Comhairle: We now move to Leaders' Questions. I call Deputy McDonald.

Deputy Mary Lou McDonald: The housing crisis is getting worse every month, Taoiseach.

The Taoiseach: I do not accept that. Completions are up by a fifth this year.

Deputy Mary Lou McDonald: Tell that to the families in emergency accommodation.

An Ceann Comhairle: The Deputy's time is up.
""", [("Ceann Comhairle", "Leaders' Questions", None), ("Mary Lou McDonald", "housing crisis", None),
      ("Taoiseach", "up by a fifth", None), ("Mary Lou McDonald", "emergency accommodation", None),
      ("Ceann Comhairle", "time is up", None)])

case("au_hansard", "au_hansard.txt", """The SPEAKER (Hon. Milton Dick): Questions without notice. I call the Leader of the Opposition.

Mr DUTTON (Dickson—Leader of the Opposition) (14:01): My question is to the Prime Minister. Why have power bills gone up?

Mr ALBANESE (Grayndler—Prime Minister) (14:02): I thank the Leader of the Opposition for his question. Bills are falling in most states.

Mr DUTTON (Dickson—Leader of the Opposition) (14:04): That is simply not true for families in Queensland.

The SPEAKER: Order! The Leader of the Opposition will resume his seat.
""", [("Milton Dick|Speaker", "Questions without notice", None), ("Dutton", "power bills", None),
      ("Albanese", "falling in most states", None), ("Dutton", "families in Queensland", None),
      ("Milton Dick|Speaker", "resume his seat", None)])

case("ca_hansard", "ca_hansard.txt", """The Speaker: Oral questions. The hon. Leader of the Opposition.

Hon. Pierre Poilievre (Carleton, CPC): Mr. Speaker, the cost of groceries has doubled.

Right Hon. Justin Trudeau (Prime Minister, Lib.): Mr. Speaker, we have delivered the grocery rebate to eleven million Canadians.

Hon. Pierre Poilievre (Carleton, CPC): Mr. Speaker, that rebate covers a week of groceries.

The Speaker: Order. The hon. member for Beauce.
""", [("Speaker", "Oral questions", None), ("Pierre Poilievre", "groceries has doubled", None),
      ("Justin Trudeau", "grocery rebate", None), ("Pierre Poilievre", "a week of groceries", None),
      ("Speaker", "member for Beauce", None)])

case("scottish_parliament", "holyrood.txt", """The Presiding Officer (Alison Johnstone): The next item of business is First Minister's question time.

Douglas Ross (Highlands and Islands) (Con): To ask the First Minister what engagements she has planned.

The First Minister (Nicola Sturgeon): Engagements to take forward the Government's programme for Scotland.

Douglas Ross: Waiting times at accident and emergency are the worst on record.

The First Minister: We are investing record sums in the national health service.
""", [("Alison Johnstone|Presiding Officer", "next item of business", None), ("Douglas Ross", "engagements she has planned", None),
      ("Nicola Sturgeon|First Minister", "programme for Scotland", None), ("Douglas Ross", "worst on record", None),
      ("Nicola Sturgeon|First Minister", "record sums", None)])

case("tweede_kamer", "tweede_kamer.txt", """De voorzitter:
Ik geef het woord aan mevrouw Ouwehand van de Partij voor de Dieren.

Mevrouw Ouwehand (PvdD):
Voorzitter. De stikstofcrisis vraagt om moedige keuzes.

De voorzitter:
Er is een interruptie van de heer Van der Plas.

De heer Van der Plas (BBB):
Moedige keuzes betekent hier gewoon boeren uitkopen.

Mevrouw Ouwehand (PvdD):
Nee, het betekent eerlijke prijzen voor boeren.
""", [("Voorzitter", "geef het woord", None), ("Ouwehand", "stikstofcrisis", None), ("Voorzitter", "interruptie", None),
      ("Van der Plas", "boeren uitkopen", None), ("Ouwehand", "eerlijke prijzen", None)])

case("sejm_pl", "sejm.txt", """Marszałek:
Otwieram posiedzenie. Głos ma pan poseł Jan Kowalski.

Poseł Jan Kowalski:
Panie Marszałku! Wysoka Izbo! Ustawa o szkolnictwie wymaga poprawek.

Marszałek:
Dziękuję. Głos ma pani minister.

Minister Edukacji Narodowej Anna Nowak:
Panie Marszałku! Rząd przyjął już większość poprawek komisji.
""", [("Marszałek", "Otwieram posiedzenie", None), ("Jan Kowalski", "wymaga poprawek", None),
      ("Marszałek", "pani minister", None), ("Anna Nowak", "większość poprawek", None)])

case("riksdag_anf", "riksdag.txt", """Anf. 1 TALMANNEN:
Jag förklarar sammanträdet öppnat. Ordet går till statsministern.

Anf. 2 Statsminister ULF KRISTERSSON (M):
Fru talman! Regeringen lägger i dag fram en ny klimatplan.

Anf. 3 MAGDALENA ANDERSSON (S):
Fru talman! Planen saknar finansiering för elnätet.

Anf. 4 Statsminister ULF KRISTERSSON (M):
Fru talman! Finansieringen finns i vårbudgeten.
""", [("Talmannen", "sammanträdet öppnat", None), ("Ulf Kristersson", "ny klimatplan", None),
      ("Magdalena Andersson", "finansiering för elnätet", None), ("Ulf Kristersson", "vårbudgeten", None)])

case("folketing_dk", "folketing.txt", """Formanden (Søren Gade):
Mødet er åbnet. Første punkt er spørgetimen med statsministeren.

Mette Frederiksen (S):
Tak for det. Regeringen vil styrke ældreplejen markant.

Formanden (Søren Gade):
Så er det hr. Lars Løkke Rasmussen.

Lars Løkke Rasmussen (M):
Jeg vil spørge til finansieringen af den plan.
""", [("Søren Gade|Formanden", "Mødet er åbnet", None), ("Mette Frederiksen", "ældreplejen", None),
      ("Søren Gade|Formanden", "Så er det", None), ("Lars Løkke Rasmussen", "finansieringen af den plan", None)])

case("supreme_court_argument", "scotus.txt", """CHIEF JUSTICE ROBERTS: We'll hear argument first this morning in Case 22-451, Loper Bright versus Raimondo. Mr. Martinez.

ORAL ARGUMENT OF PAUL D. CLEMENT ON BEHALF OF THE PETITIONERS

MR. CLEMENT: Mr. Chief Justice, and may it please the Court: Chevron should be overruled.

JUSTICE KAGAN: Mr. Clement, what about the reliance interests?

MR. CLEMENT: Those interests cut the other way, Justice Kagan.

JUSTICE KAGAN: I am not sure they do.
""", [("Roberts", "hear argument first", None), ("Clement", "should be overruled", None),
      ("Kagan", "reliance interests", None), ("Clement", "cut the other way", None), ("Kagan", "not sure they do", None)])

case("qa_blog_interview", "qa_blog.md", """# Five questions for a lighthouse keeper

**Q: How long have you worked at the lighthouse?**

A: Twenty six years this September, and my father before me.

**Q: What is a normal day like?**

A: Checking the lamp, logging the weather, painting whatever the salt has eaten.

**Q: Do you ever get lonely?**

A: Less than people in cities, I think.
""", [("*", "How long have you worked", None), ("A|*", "Twenty six years", None), ("*", "normal day like", None),
      ("A|*", "logging the weather", None), ("*", "ever get lonely", None), ("A|*", "people in cities", None)])

case("speaker_label_own_line_colon", "name_colon_line.txt", """Jane Smith:
Welcome back to the show, everyone. Today we talk about rents.

Omar Haddad:
Thanks for having me again. Rents are finally stabilising.

Jane Smith:
Is that good news for tenants?

Omar Haddad:
Mostly, yes, in the big cities.
""", [("Jane Smith", "talk about rents", None), ("Omar Haddad", "finally stabilising", None),
      ("Jane Smith", "good news for tenants", None), ("Omar Haddad", "big cities", None)])

case("lecture_single_speaker_prose", "lecture.txt", """Good morning everyone. Today we are going to continue our discussion of the French Revolution, and in particular the events of the summer of 1789, when the Estates-General transformed itself into the National Assembly and the old order began to crumble in ways that nobody at the time fully understood.

The first thing I want you to notice is how quickly the language changed. Within weeks, words like citizen and nation were being used in pamphlets, in speeches and in the streets, and they carried a meaning that would have been unthinkable a year earlier.

Next week we will look at the Declaration of the Rights of Man, so please read chapter four before then.
""", [("*", "French Revolution", None), ("*", "language changed", None), ("*", "chapter four", None)])

# ---------------------------------------------------------------- isolating probes (third batch)
case("accented_initial_names", "accented.txt", """Host: Welcome to the panel on Nordic design.

Åsa Lindqvist: Thank you. Scandinavian furniture is about restraint.

Host: And what about lighting?

Émile Durand: Lighting is where the French disagree with her.

Åsa Lindqvist: We disagree politely, at least.

Host: Thank you both.
""", [("Host", "Nordic design", None), ("Åsa Lindqvist", "about restraint", None), ("Host", "about lighting", None),
      ("Émile Durand", "French disagree", None), ("Åsa Lindqvist", "disagree politely", None), ("Host", "Thank you both", None)])

case("role_number_labels", "classroom.txt", """Teacher: Who can tell me what photosynthesis produces?

Student 1: Oxygen and sugar.

Teacher: Good. Where does it happen?

Student 2: In the chloroplasts.

Student 1: Only in the leaves?

Teacher: Mostly, but green stems can do it too.
""", [("Teacher", "photosynthesis produces", None), ("Student 1", "Oxygen and sugar", None), ("Teacher", "Where does it happen", None),
      ("Student 2", "chloroplasts", None), ("Student 1", "Only in the leaves", None), ("Teacher", "green stems", None)])

case("range_time_speaker_inline", "range_speaker.txt", """[00:10 - 00:12] SPEAKER_00: Good morning and welcome to the lecture.
[00:12 - 00:15] SPEAKER_01: Will this be on the midterm?
[00:16 - 00:19] SPEAKER_00: Yes, the first law certainly will.
""", [("SPEAKER_00", "welcome to the lecture", 10), ("SPEAKER_01", "on the midterm", 12), ("SPEAKER_00", "first law certainly", 16)])

case("french_chair_colon", "seance_colon.txt", """Madame la présidente : La séance est ouverte. La parole est à M. Jean Dupont.

M. Jean Dupont : Merci, madame la présidente. Les hôpitaux ruraux manquent de médecins.

Madame la présidente : La parole est à la ministre.

Mme Agnès Lefèvre : Nous avons ouvert cent postes d'internes.

M. Jean Dupont : Ce n'est pas suffisant pour la Creuse.
""", [("Présidente", "séance est ouverte", None), ("Jean Dupont", "hôpitaux ruraux", None), ("Présidente", "la parole est à la ministre", None),
      ("Agnès Lefèvre", "cent postes", None), ("Jean Dupont", "pas suffisant", None)])
