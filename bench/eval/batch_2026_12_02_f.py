"""Blind evaluation batch F.

Written blind from shared/eval only (README.md, example_cases.py, score.py); the planner, its server and
any checkout were not looked at or run.

Domains (16, two cases each): pharmacy prescriptions, customer support tickets, subscription/SaaS customers,
university courses and enrolments, gym members and classes, airline flights and passengers, library
books/loans, event tickets/concerts, mobile app users/sessions, manufacturing defects/production lines,
dental/vet clinic visits, charity donations/volunteers, movie/cinema screenings, wine/beer/brewery products,
social media posts, travel/flight bookings with hotels.

Phrasing styles (each used at least 3 times; the comment above each case names its styles):
  comma   - comma list with "and"/"or"
  title   - "Title: list"
  bullets - bulleted list ("- " / "* ")
  lines   - one column per line
  typed   - "name: type" lines
  para    - a paragraph of full sentences
  terse   - terse shorthand ("rx no, qty, fill dt")
  parens  - parentheses with details ("status (open, pending, resolved)")
  plural  - plural nouns ("ages, weights, visit dates")
  xnames  - "X names" where X is a thing (band names, film names, beer names, hotel names, course names)

Conventions:
- names lists are generous with synonyms and abbreviations; specific concepts come before generic ones, and
  where one concept's names could also match another column (buyer name vs buyer email, beer vs beer style),
  the stricter check goes first.
- enum: exactly the stated values (case-insensitive by the scorer) plus snake_case spellings of multi-word
  values; "for example"/"like" lists are category or label, not enum.
- columns the description says are blank for some rows are not concepts; they only appear in relations
  (implies filled / blank, orderings). Names lists used by both a concept and a relation are module constants.
- date_in windows are the stated ones; a relation is only added when the description states it or a careful
  reader would take it as implied.
"""

YES = ["yes", "true", "y", "1", "t"]
NO = ["no", "false", "n", "0", "f"]

# ---- shared names lists (concept <-> relation) ----
RX_WRITTEN = [["written"], ["date", "written"], ["prescribed"], ["prescribed", "date"], ["issue", "date"], ["issued"], ["prescription", "date"]]
RX_FILLED = [["filled"], ["fill", "date"], ["filled", "date"], ["dispensed", "date"], ["date", "filled"]]
RX2_TOTAL = [["total"], ["total", "cost"], ["total", "amt"]]
RX2_COPAY = [["copay"], ["co", "pay"], ["copay", "amt"]]
RX2_INS = [["ins", "paid"], ["insurance", "paid"], ["ins", "paid", "amt"], ["insurance"], ["ins"]]

T_STATUS = [["status"], ["ticket", "status"]]
T_CREATED = [["created", "at"], ["created"], ["opened", "at"], ["opened"]]
T_RESOLVED = [["resolved", "at"], ["resolved"], ["resolution", "time"], ["resolved", "time"], ["closed", "at"]]
T2_OPENED = [["opened", "at"], ["opened"], ["created", "at"], ["created"]]

SAAS_CHURNED = [["churned"], ["is", "churned"], ["churn", "flag"], ["has", "churned"]]
SAAS_SIGNUP = [["signup", "date"], ["signup"], ["sign", "up"], ["signed", "up"], ["created"], ["start", "date"]]
SAAS_CHURN_DATE = [["churn", "date"], ["churned", "date"], ["churned", "at"], ["churned", "on"], ["cancel", "date"], ["cancelled", "at"], ["cancellation", "date"]]
SUB_START = [["start", "date"], ["start"], ["started"]]
SUB_RENEW = [["renewal", "date"], ["renewal"], ["renews"], ["next", "renewal"], ["renew", "date"]]
SUB_USED = [["seats", "used"], ["used", "seats"], ["used"]]
SUB_BOUGHT = [["seats", "purchased"], ["purchased", "seats"], ["purchased"], ["seats", "bought"], ["licensed", "seats"], ["seats", "licensed"]]

C_MAX = [["max", "enrollment"], ["max", "enrolment"], ["capacity"], ["max"], ["cap"], ["enrollment", "limit"], ["enrolment", "limit"]]
C_CUR = [["current", "enrollment"], ["current", "enrolment"], ["enrolled"], ["enrollment"], ["enrolment"], ["current"]]
E_SCORE = [["score"], ["mark"], ["marks"], ["points"], ["percentage"]]
E_GRADE = [["letter", "grade"], ["grade"]]

G_JOIN = [["join", "date"], ["join"], ["joined"], ["member", "since"], ["start", "date"], ["signup"]]
G_VISIT = [["last", "visit"], ["last", "visit", "date"], ["visit"], ["last", "seen"], ["last", "checkin"], ["last", "check", "in"]]
G_TYPE = [["membership", "type"], ["membership"], ["member", "type"], ["plan"], ["tier"], ["type"]]
G_FEE = [["monthly", "fee"], ["fee"], ["monthly", "price"], ["price"], ["monthly"], ["dues"]]
GC_START = [["start", "time"], ["start"], ["starts", "at"], ["start", "timestamp"], ["starts"]]
GC_END = [["end", "time"], ["end"], ["ends", "at"], ["end", "timestamp"], ["ends"]]
GC_BOOKED = [["booked", "spots"], ["spots", "booked"], ["booked"], ["bookings"], ["booking", "count"], ["attendees"], ["reserved"]]
GC_CAP = [["capacity"], ["max", "capacity"], ["max", "spots"], ["max"]]

F_DEP = [["scheduled", "departure"], ["departure", "time"], ["departure"], ["dep", "time"], ["departs"], ["depart"]]
F_ARR = [["scheduled", "arrival"], ["arrival", "time"], ["arrival"], ["arr", "time"], ["arrives"], ["arrive"]]
P_TIER = [["frequent", "flyer", "tier"], ["flyer", "tier"], ["tier"], ["loyalty", "tier"], ["status", "tier"]]
P_FFNUM = [["frequent", "flyer", "number"], ["frequent", "flyer", "no"], ["frequent", "flyer", "id"], ["ff", "number"], ["flyer", "number"], ["loyalty", "number"]]

L_AVAIL = [["copies", "available"], ["available", "copies"], ["available"], ["in", "stock"]]
L_TOTAL = [["total", "copies"], ["number", "of", "copies"], ["num", "copies"], ["copies", "owned"], ["copies"]]
LO_STATUS = [["status"], ["loan", "status"]]
LO_CHECKOUT = [["checkout", "date"], ["checkout"], ["checked", "out"], ["check", "out"], ["loan", "date"], ["borrowed"], ["borrow", "date"], ["issue", "date"]]
LO_DUE = [["due", "date"], ["due"]]
LO_RETURN = [["return", "date"], ["returned", "date"], ["returned", "on"], ["returned", "at"], ["return"], ["date", "returned"]]

CO_CAP = [["capacity"], ["venue", "capacity"], ["max", "capacity"]]
CO_SOLD = [["tickets", "sold"], ["sold"], ["sold", "tickets"]]
ET_QTY = [["quantity"], ["qty"], ["tickets"], ["num", "tickets"]]
ET_UNIT = [["unit", "price"], ["price", "per", "ticket"], ["ticket", "price"], ["price"]]
ET_TOTAL = [["total", "paid"], ["amount", "paid"], ["total", "amount"], ["total"]]
ET_REFUNDED = [["refunded"], ["is", "refunded"], ["refund", "flag"], ["was", "refunded"]]
ET_REFUND_AMT = [["refund", "amount"], ["refund", "amt"], ["amount", "refunded"], ["refunded", "amount"]]

AU_SIGNUP = [["signup", "dt"], ["signup", "date"], ["signup"], ["sign", "up"], ["signed", "up"], ["registered"], ["created"], ["install", "date"]]
AU_ACTIVE = [["last", "active"], ["last", "active", "dt"], ["last", "seen"], ["last", "login"], ["last", "activity"]]
AS_START = [["started", "at"], ["start", "time"], ["started"], ["start"], ["session", "start"]]
AS_END = [["ended", "at"], ["end", "time"], ["ended"], ["end"], ["session", "end"]]

M_DEFECTIVE = [["defective", "count"], ["defective", "units"], ["units", "defective"], ["defective"], ["defect", "count"], ["defects"]]
M_BATCH = [["batch", "size"], ["batch", "qty"], ["units", "inspected"], ["batch"]]
PR_PLANNED = [["planned", "units"], ["planned"], ["target", "units"], ["target"]]
PR_PRODUCED = [["produced", "units"], ["produced"], ["actual", "units"], ["output"], ["units", "produced"]]
PR_SCRAP = [["scrap", "units"], ["scrap"], ["scrapped"], ["waste"], ["rejected"]]
PR_GOOD = [["good", "units"], ["good"], ["net", "units"], ["good", "output"]]
PR_START = [["start", "time"], ["start"], ["started", "at"], ["started"]]
PR_END = [["end", "time"], ["end"], ["ended", "at"], ["ended"], ["finish"]]

D_COST = [["cost"], ["total", "cost"], ["fee"], ["charge"], ["price"], ["amount"]]
D_INS = [["insurance", "covered"], ["covered", "by", "insurance"], ["insurance", "amount"], ["insurance", "paid"], ["insurance"], ["covered"]]
D_PAYS = [["patient", "pays"], ["patient", "paid"], ["patient", "portion"], ["patient", "responsibility"], ["patient", "owes"], ["out", "of", "pocket"], ["patient", "cost"], ["copay"]]
V_SPECIES = [["species"], ["animal", "type"], ["pet", "type"]]
V_BREED = [["breed"]]

CH_AMOUNT = [["donation", "amount"], ["amount"]]
CH_ELIGIBLE = [["gift", "aid", "eligible"], ["eligible"], ["gift", "aid"]]
CH_GA_AMT = [["gift", "aid", "amount"], ["gift", "aid", "value"], ["gift", "aid", "claim"], ["gift", "aid", "claimed"]]
VO_BG = [["background", "check"], ["background", "checked"], ["background", "check", "completed"], ["bg", "check"], ["background"]]
VO_BG_DATE = [["background", "check", "date"], ["check", "date"], ["background", "date"], ["checked", "on"], ["bg", "check", "date"]]

CI_SOLD = [["tickets", "sold"], ["seats", "sold"], ["sold"]]
CI_CAP = [["capacity"], ["screen", "capacity"], ["total", "seats"], ["seats"]]
MV_BOX = [["box", "office", "usd"], ["box", "office"], ["boxoffice"], ["gross"], ["revenue"]]
MV_BUDGET = [["budget", "usd"], ["budget"]]
MV_PROFIT = [["profit", "usd"], ["profit"], ["net"]]

B_CAN = [["price", "per", "can"], ["can", "price"], ["unit", "price"]]
B_PACK = [["price", "per", "pack"], ["pack", "price"], ["four", "pack"], ["pack"]]
W_COUNTRY = [["country"]]
W_REGION = [["region"], ["appellation"]]

S_ENG = [["engagement", "total"], ["total", "engagement"], ["engagement"], ["total"]]
S_LIKES = [["like", "count"], ["likes"], ["like", "counts"], ["like"]]
S_COMMENTS = [["comment", "count"], ["comments"], ["comment", "counts"], ["comment"]]
S_SHARES = [["share", "count"], ["shares"], ["share", "counts"], ["share"]]
MO_STATUS = [["moderation", "status"], ["status"]]
MO_CREATED = [["created", "at"], ["created"], ["posted", "at"]]
MO_REASON = [["removed", "reason"], ["removal", "reason"], ["reason"]]
MO_REVIEWED = [["reviewed", "at"], ["reviewed"], ["review", "time"], ["review", "date"], ["reviewed", "on"]]

TR_OUT = [["outbound", "date"], ["outbound"], ["outbound", "flight", "date"], ["departure", "date"], ["depart", "date"]]
TR_RET = [["return", "date"], ["return", "flight", "date"], ["return"], ["inbound"], ["inbound", "date"]]
TR_IN = [["check", "in"], ["checkin"], ["check", "in", "date"]]
TR_OUTH = [["check", "out"], ["checkout"], ["check", "out", "date"]]
TR_FLIGHT = [["flight", "cost"], ["flight", "price"], ["airfare"], ["flight"]]
TR_HOTEL = [["hotel", "cost"], ["hotel", "price"], ["hotel"]]
TR_TOTAL = [["package", "total"], ["total", "cost"], ["total", "price"], ["total"]]
TR_CITY = [["destination", "city"], ["city"], ["destination"]]
TR_COUNTRY = [["destination", "country"], ["country"]]
H_IN = [["check", "in"], ["checkin"], ["check", "in", "date"], ["arrival"], ["arrival", "date"]]
H_OUT = [["check", "out"], ["checkout"], ["check", "out", "date"], ["departure"], ["departure", "date"]]
H_RATE = [["nightly", "rate"], ["rate"], ["price", "per", "night"], ["room", "rate"], ["nightly"]]
H_NIGHTS = [["nights"], ["number", "of", "nights"], ["num", "nights"], ["length", "of", "stay"]]
H_TOTAL = [["total", "price"], ["total"], ["total", "cost"], ["total", "amount"]]


CASES = [
 # ---------------- pharmacy prescriptions ----------------
 # para
 {"id": "f_pharm_rx", "description": (
   "I need a table of pharmacy prescriptions. Each row is one prescription with a prescription ID like RX-100234, "
   "the patient's full name, the drug name, the dosage in mg, and the quantity of pills dispensed, between 10 and 90. "
   "Include the number of refills allowed, from 0 to 5. Record the date the prescription was written and the date it "
   "was filled, which is always on or after the written date. The prescribing doctor's name should be there too, and "
   "the price should be between $4 and $300 with 2 decimal places."),
  "expect": [
   {"names": [["prescription", "id"], ["rx", "id"], ["prescription", "number"], ["rx", "number"], ["rx"], ["id"]], "kind": "regex", "values": [r"RX-\d{3,8}"]},
   {"names": [["drug", "name"], ["drug"], ["medication"], ["medicine"], ["medication", "name"]], "kind": "label"},
   {"names": [["doctor"], ["prescriber"], ["physician"], ["prescribing", "doctor"], ["prescriber", "name"]], "kind": "person_part"},
   {"names": [["patient", "name"], ["patient"], ["full", "name"]], "kind": "person_part"},
   {"names": [["dosage"], ["dose"], ["strength"], ["mg"], ["dosage", "mg"]], "kind": "number", "min": 0.01, "max": 2000},
   {"names": [["quantity"], ["qty"], ["pills"], ["pill", "count"], ["quantity", "dispensed"]], "kind": "int", "min": 10, "max": 90},
   {"names": [["refills"], ["refill"], ["refills", "allowed"], ["num", "refills"]], "kind": "int", "min": 0, "max": 5},
   {"names": RX_WRITTEN, "kind": "date"},
   {"names": RX_FILLED, "kind": "date"},
   {"names": [["price"], ["cost"], ["amount"], ["total"]], "kind": "number", "min": 4, "max": 300}],
  "relations": [
   {"a": RX_WRITTEN, "op": "<=", "b": RX_FILLED}]},

 # terse, parens
 {"id": "f_pharm_claims", "description": (
   "pharmacy claims: rx num, pharmacy name, ndc code, drug, qty, days supply (30 or 90), copay amt, ins paid amt, "
   "total cost = copay + ins paid, fill dt, status (filled, pending, rejected)"),
  "expect": [
   {"names": [["rx", "num"], ["rx", "number"], ["rx", "no"], ["rx", "id"], ["rx"], ["prescription", "number"]], "kind": "idlike"},
   {"names": [["pharmacy", "name"], ["pharmacy"], ["store", "name"], ["store"]], "kind": "label"},
   {"names": [["ndc", "code"], ["ndc"]], "kind": "idlike"},
   {"names": [["drug"], ["drug", "name"], ["medication"]], "kind": "label"},
   {"names": [["qty"], ["quantity"]], "kind": "int", "min": 1, "max": 1000},
   {"names": [["days", "supply"], ["supply", "days"], ["supply"], ["days"]], "kind": "enum", "values": ["30", "90"]},
   {"names": RX2_COPAY, "kind": "number", "min": 0, "max": 2000},
   {"names": RX2_INS, "kind": "number", "min": 0, "max": 100000},
   {"names": RX2_TOTAL, "kind": "number", "min": 0},
   {"names": [["fill", "dt"], ["fill", "date"], ["fill"], ["filled", "date"], ["date"]], "kind": "date"},
   {"names": [["status"], ["claim", "status"]], "kind": "enum", "values": ["filled", "pending", "rejected"]}],
  "relations": [
   {"a": RX2_TOTAL, "op": "sum", "b": [RX2_COPAY, RX2_INS]}]},

 # ---------------- customer support tickets ----------------
 # bullets, parens
 {"id": "f_support_tickets", "description": (
   "Support ticket export:\n"
   "- ticket id (like TCK-00001)\n"
   "- customer email\n"
   "- subject line\n"
   "- priority (low, medium, high, urgent)\n"
   "- status (open, pending, resolved, closed)\n"
   "- created at timestamp\n"
   "- resolved at timestamp, only filled when the status is resolved or closed, always after created at\n"
   "- assigned agent name\n"
   "- satisfaction score 1-5"),
  "expect": [
   {"names": [["ticket", "id"], ["ticket", "number"], ["ticket", "no"], ["ticket"], ["id"]], "kind": "regex", "values": [r"TCK-\d{5,6}"]},
   {"names": [["customer", "email"], ["email"]], "kind": "email"},
   {"names": [["subject", "line"], ["subject"], ["title"], ["summary"]], "kind": "label"},
   {"names": [["priority"]], "kind": "enum", "values": ["low", "medium", "high", "urgent"]},
   {"names": T_STATUS, "kind": "enum", "values": ["open", "pending", "resolved", "closed"]},
   {"names": T_CREATED, "kind": "datetime"},
   {"names": [["assigned", "agent"], ["agent", "name"], ["agent"], ["assignee"], ["assigned", "to"]], "kind": "person_part"},
   {"names": [["satisfaction", "score"], ["satisfaction"], ["csat"], ["rating"], ["score"]], "kind": "int", "min": 1, "max": 5}],
  "relations": [
   {"a": T_STATUS, "op": "implies", "in": ["resolved", "closed"], "then": T_RESOLVED, "filled": True},
   {"a": T_STATUS, "op": "implies", "in": ["open", "pending"], "then": T_RESOLVED, "filled": False},
   {"a": T_CREATED, "op": "<", "b": T_RESOLVED}]},

 # typed
 {"id": "f_support_typed", "description": (
   "ticket_id: integer, unique\n"
   "customer_name: string\n"
   "channel: email, phone, chat or social\n"
   "category: string (billing, technical, account, shipping)\n"
   "opened_at: datetime, sometime in 2023\n"
   "first_response_minutes: int between 1 and 240\n"
   "resolved_at: datetime, after opened_at\n"
   "reopened: boolean, roughly 10% true"),
  "expect": [
   {"names": [["ticket", "id"], ["id"]], "kind": "unique"},
   {"names": [["customer", "name"], ["customer"], ["name"]], "kind": "person_part"},
   {"names": [["channel"], ["contact", "channel"], ["source"]], "kind": "enum", "values": ["email", "phone", "chat", "social"]},
   {"names": [["category"], ["ticket", "category"]], "kind": "enum", "values": ["billing", "technical", "account", "shipping"]},
   {"names": T2_OPENED, "kind": "date_in", "min": "2023-01-01", "max": "2023-12-31"},
   {"names": [["first", "response", "minutes"], ["first", "response"], ["response", "minutes"], ["response", "time"], ["response"]], "kind": "int", "min": 1, "max": 240},
   {"names": T_RESOLVED, "kind": "datetime"},
   {"names": [["reopened"], ["is", "reopened"], ["was", "reopened"]], "kind": "bool_share", "min": 0.03, "max": 0.2}],
  "relations": [
   {"a": T2_OPENED, "op": "<", "b": T_RESOLVED}]},

 # ---------------- subscription / SaaS customers ----------------
 # title, parens
 {"id": "f_saas_customers", "description": (
   "SaaS customers: account id, company name, plan (Free, Starter, Pro, Enterprise), seats (1 to 500), MRR in USD, "
   "signup date, country, churned (yes/no, about 15% yes), churn date only for churned accounts"),
  "expect": [
   {"names": [["account", "id"], ["customer", "id"], ["id"]], "kind": "unique"},
   {"names": [["company", "name"], ["company"], ["account", "name"], ["customer", "name"], ["organization"], ["org"]], "kind": "label"},
   {"names": [["plan"], ["tier"], ["plan", "name"], ["subscription", "plan"]], "kind": "enum", "values": ["Free", "Starter", "Pro", "Enterprise"]},
   {"names": [["seats"], ["seat", "count"], ["licenses"], ["users"]], "kind": "int", "min": 1, "max": 500},
   {"names": [["mrr"], ["mrr", "usd"], ["monthly", "revenue"], ["monthly", "recurring", "revenue"], ["revenue"]], "kind": "number", "min": 0, "max": 1000000},
   {"names": SAAS_SIGNUP, "kind": "date"},
   {"names": [["country"]], "kind": "label"},
   {"names": SAAS_CHURNED, "kind": "bool_share", "min": 0.05, "max": 0.3}],
  "relations": [
   {"a": SAAS_CHURNED, "op": "implies", "in": YES, "then": SAAS_CHURN_DATE, "filled": True},
   {"a": SAAS_CHURNED, "op": "implies", "in": NO, "then": SAAS_CHURN_DATE, "filled": False},
   {"a": SAAS_SIGNUP, "op": "<", "b": SAAS_CHURN_DATE}]},

 # lines
 {"id": "f_saas_subscriptions", "description": (
   "Subscriptions table\n"
   "subscription_id\n"
   "customer_email\n"
   "plan_name\n"
   "billing_cycle - monthly or annual\n"
   "amount - between $9 and $299\n"
   "start_date\n"
   "renewal_date - always after start_date\n"
   "auto_renew - mostly true\n"
   "seats_used\n"
   "seats_purchased - seats_used is never more than this"),
  "expect": [
   {"names": [["subscription", "id"], ["sub", "id"], ["id"]], "kind": "unique"},
   {"names": [["customer", "email"], ["email"]], "kind": "email"},
   {"names": [["plan", "name"], ["plan"]], "kind": "category"},
   {"names": [["billing", "cycle"], ["cycle"], ["billing", "period"], ["billing"]], "kind": "enum", "values": ["monthly", "annual"]},
   {"names": [["amount"], ["price"], ["cost"], ["fee"]], "kind": "number", "min": 9, "max": 299},
   {"names": SUB_START, "kind": "date"},
   {"names": SUB_RENEW, "kind": "date"},
   {"names": [["auto", "renew"], ["autorenew"], ["auto", "renewal"], ["auto", "renews"]], "kind": "bool_share", "min": 0.5, "max": 1.0},
   {"names": SUB_USED, "kind": "int", "min": 0},
   {"names": SUB_BOUGHT, "kind": "int", "min": 1}],
  "relations": [
   {"a": SUB_START, "op": "<", "b": SUB_RENEW},
   {"a": SUB_USED, "op": "<=", "b": SUB_BOUGHT}]},

 # ---------------- university courses and enrolments ----------------
 # comma, xnames
 {"id": "f_uni_courses", "description": (
   "University course catalog with course codes like CS101, course names, department, credits (1-6), instructor, "
   "max enrollment, and current enrollment which can't exceed the max"),
  "expect": [
   {"names": [["course", "code"], ["code"], ["course", "id"], ["course", "number"]], "kind": "regex", "values": [r"[A-Z]{2,5}[ -]?\d{3,4}[A-Z]?"]},
   {"names": [["course", "name"], ["course", "title"], ["title"]], "kind": "label"},
   {"names": [["department"], ["dept"], ["department", "name"]], "kind": "category"},
   {"names": [["credits"], ["credit"], ["credit", "hours"], ["units"]], "kind": "int", "min": 1, "max": 6},
   {"names": [["instructor"], ["professor"], ["teacher"], ["lecturer"], ["faculty"], ["instructor", "name"]], "kind": "person_part"},
   {"names": C_MAX, "kind": "int", "min": 1, "max": 1000},
   {"names": C_CUR, "kind": "int", "min": 0, "max": 1000}],
  "relations": [
   {"a": C_CUR, "op": "<=", "b": C_MAX}]},

 # terse, parens
 {"id": "f_uni_enrolments", "description": (
   "enrolments: student id, student name, course code, term (Fall 2023, Spring 2024, ...), enrol dt, "
   "score (whole number 0-100), letter grade matching the score (A 90+, B 80-89, C 70-79, D 60-69, F below 60)"),
  "expect": [
   {"names": [["student", "id"], ["student", "no"], ["student", "number"]], "kind": "idlike"},
   {"names": [["student", "name"], ["student"], ["name"]], "kind": "person_part"},
   {"names": [["course", "code"], ["course"], ["code"], ["course", "id"]], "kind": "idlike"},
   {"names": [["term"], ["semester"]], "kind": "category"},
   {"names": [["enrol", "dt"], ["enrol"], ["enroll"], ["enrolment", "date"], ["enrollment", "date"], ["enrolled"], ["date"]], "kind": "date"},
   {"names": E_SCORE, "kind": "int", "min": 0, "max": 100},
   {"names": E_GRADE, "kind": "enum", "values": ["A", "B", "C", "D", "F"]}],
  "relations": [
   {"a": E_SCORE, "op": "maps", "b": E_GRADE}]},

 # ---------------- gym members and classes ----------------
 # comma, plural
 {"id": "f_gym_members", "description": (
   "Gym members with member IDs, first names, last names, emails built from their names, ages (must be 16 or older), "
   "membership types (basic, premium or family), monthly fees set by the membership type, join dates and last visit "
   "dates"),
  "expect": [
   {"names": [["member", "id"], ["membership", "id"], ["id"]], "kind": "unique"},
   {"names": [["email"], ["email", "address"]], "kind": "email"},
   {"names": [["first", "name"], ["first"], ["firstname"]], "kind": "person_part"},
   {"names": [["last", "name"], ["surname"], ["lastname"], ["last"]], "kind": "person_part"},
   {"names": [["age"]], "kind": "int", "min": 16, "max": 100},
   {"names": G_TYPE, "kind": "enum", "values": ["basic", "premium", "family"]},
   {"names": G_FEE, "kind": "number", "min": 0, "max": 500},
   {"names": G_JOIN, "kind": "date"},
   {"names": G_VISIT, "kind": "date"}],
  "relations": [
   {"a": G_JOIN, "op": "<=", "b": G_VISIT},
   {"a": G_TYPE, "op": "maps", "b": G_FEE}]},

 # bullets (*), xnames, parens
 {"id": "f_gym_classes", "description": (
   "Gym class schedule\n"
   "* class names (yoga, spin, HIIT, pilates, boxing)\n"
   "* instructor\n"
   "* studio room\n"
   "* start and end timestamps, classes run 45 or 60 minutes\n"
   "* capacity up to 30\n"
   "* booked spots, never more than the capacity\n"
   "* day of week"),
  "expect": [
   {"names": [["class", "name"], ["class"], ["class", "type"], ["name"]], "kind": "enum", "values": ["yoga", "spin", "HIIT", "pilates", "boxing"]},
   {"names": [["instructor"], ["trainer"], ["coach"], ["instructor", "name"]], "kind": "person_part"},
   {"names": [["studio", "room"], ["studio"], ["room"]], "kind": "category"},
   {"names": GC_START, "kind": "datetime"},
   {"names": GC_END, "kind": "datetime"},
   {"names": GC_BOOKED, "kind": "int", "min": 0, "max": 30},
   {"names": GC_CAP, "kind": "int", "min": 1, "max": 30},
   {"names": [["day", "of", "week"], ["weekday"], ["day"]], "kind": "enum",
    "values": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
               "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]}],
  "relations": [
   {"a": GC_START, "op": "<", "b": GC_END},
   {"a": GC_BOOKED, "op": "<=", "b": GC_CAP}]},

 # ---------------- airline flights and passengers ----------------
 # typed
 {"id": "f_air_flights", "description": (
   "flight_number: string like BA283 or UA1021\n"
   "airline: name of the airline\n"
   "origin: 3-letter airport code\n"
   "destination: 3-letter airport code, different from origin\n"
   "scheduled_departure: datetime\n"
   "scheduled_arrival: datetime, after departure\n"
   "aircraft: model like A320 or 737-800\n"
   "seats: int 100-350\n"
   "delay_minutes: int, 0 for most flights"),
  "expect": [
   {"names": [["flight", "number"], ["flight", "no"], ["flight", "num"], ["flight", "id"], ["flight"]], "kind": "regex", "values": [r"[A-Z0-9]{2}\s?\d{1,4}"]},
   {"names": [["airline"], ["carrier"], ["airline", "name"]], "kind": "label"},
   {"names": [["origin"], ["from"], ["origin", "airport"], ["departure", "airport"]], "kind": "code3"},
   {"names": [["destination"], ["dest"], ["to"], ["destination", "airport"], ["arrival", "airport"]], "kind": "code3"},
   {"names": F_DEP, "kind": "datetime"},
   {"names": F_ARR, "kind": "datetime"},
   {"names": [["aircraft"], ["aircraft", "type"], ["aircraft", "model"], ["plane"], ["model"]], "kind": "category"},
   {"names": [["seats"], ["seat", "count"], ["capacity"], ["seat", "capacity"]], "kind": "int", "min": 100, "max": 350},
   {"names": [["delay", "minutes"], ["delay"], ["delay", "min"], ["delay", "mins"]], "kind": "int", "min": 0, "max": 1440}],
  "relations": [
   {"a": F_DEP, "op": "<", "b": F_ARR}]},

 # para
 {"id": "f_air_passengers", "description": (
   "We want a passenger manifest. Every passenger has a booking reference of six letters and numbers, like K7PQ2Z, "
   "and a first and last name. Record their seat, for example 14C, and the cabin class, which is economy, premium "
   "economy, business or first; most passengers are in economy. Store their date of birth and nationality. Each "
   "passenger has a frequent flyer tier (none, silver, gold or platinum) and a frequent flyer number that is only "
   "filled in when the tier is not none. Checked bags run from 0 to 3."),
  "expect": [
   {"names": [["booking", "reference"], ["booking", "ref"], ["pnr"], ["record", "locator"], ["confirmation"], ["booking", "code"], ["booking"]], "kind": "regex", "values": [r"[A-Z0-9]{6}"]},
   {"names": [["first", "name"], ["first"], ["firstname"], ["given", "name"]], "kind": "person_part"},
   {"names": [["last", "name"], ["last"], ["lastname"], ["surname"], ["family", "name"]], "kind": "person_part"},
   {"names": [["seat"], ["seat", "number"], ["seat", "no"]], "kind": "regex", "values": [r"\d{1,2}[A-K]"]},
   {"names": [["cabin", "class"], ["cabin"], ["class"], ["travel", "class"], ["fare", "class"]], "kind": "weighted",
    "values": ["economy", "premium economy", "premium_economy", "business", "first"], "min": 0.5, "max": 1.0},
   {"names": [["date", "of", "birth"], ["dob"], ["birth", "date"], ["birthdate"], ["birthday"]], "kind": "date"},
   {"names": [["nationality"], ["citizenship"], ["country"]], "kind": "label"},
   {"names": P_TIER, "kind": "enum", "values": ["none", "silver", "gold", "platinum"]},
   {"names": [["checked", "bags"], ["bags"], ["baggage"], ["luggage"], ["bag", "count"]], "kind": "int", "min": 0, "max": 3}],
  "relations": [
   {"a": P_TIER, "op": "implies", "in": ["none"], "then": P_FFNUM, "filled": False},
   {"a": P_TIER, "op": "implies", "in": ["silver", "gold", "platinum"], "then": P_FFNUM, "filled": True}]},

 # ---------------- library books / loans ----------------
 # title, parens
 {"id": "f_lib_books", "description": (
   "Library catalog: ISBN, book titles, author, genre (fiction, mystery, sci-fi, biography, history, children), "
   "publication year between 1950 and 2024, publisher, number of copies, copies available (never more than the "
   "number of copies), shelf location like 823.914 SMI"),
  "expect": [
   {"names": [["isbn"]], "kind": "isbn"},
   {"names": [["book", "title"], ["title"], ["book"]], "kind": "label"},
   {"names": [["author"], ["author", "name"], ["writer"]], "kind": "person_part"},
   {"names": [["genre"], ["category"]], "kind": "enum", "values": ["fiction", "mystery", "sci-fi", "sci_fi", "biography", "history", "children"]},
   {"names": [["publication", "year"], ["pub", "year"], ["year", "published"], ["published"], ["year"]], "kind": "int", "min": 1950, "max": 2024},
   {"names": [["publisher"]], "kind": "label"},
   {"names": L_AVAIL, "kind": "int", "min": 0},
   {"names": L_TOTAL, "kind": "int", "min": 1, "max": 200},
   {"names": [["shelf", "location"], ["shelf"], ["location"], ["call", "number"]], "kind": "regex", "values": [r"\d{3}(\.\d+)?\s[A-Z]{3}"]}],
  "relations": [
   {"a": L_AVAIL, "op": "<=", "b": L_TOTAL}]},

 # lines
 {"id": "f_lib_loans", "description": (
   "loan_id\n"
   "member name\n"
   "book title\n"
   "checkout date\n"
   "due date (21 days after checkout)\n"
   "return date (empty if not returned yet)\n"
   "status - on loan, returned or overdue\n"
   "late fee, $0.25 per day late, 0 if returned on time"),
  "expect": [
   {"names": [["loan", "id"], ["id"]], "kind": "unique"},
   {"names": [["book", "title"], ["title"], ["book"]], "kind": "label"},
   {"names": [["member", "name"], ["member"], ["borrower"], ["patron"]], "kind": "person_part"},
   {"names": LO_CHECKOUT, "kind": "date"},
   {"names": LO_DUE, "kind": "date"},
   {"names": LO_STATUS, "kind": "enum", "values": ["on loan", "on_loan", "returned", "overdue"]},
   {"names": [["late", "fee"], ["fine"], ["late", "fine"], ["fee"], ["late"]], "kind": "number", "min": 0, "max": 100}],
  "relations": [
   {"a": LO_CHECKOUT, "op": "<", "b": LO_DUE},
   {"a": LO_CHECKOUT, "op": "<=", "b": LO_RETURN},
   {"a": LO_STATUS, "op": "implies", "in": ["returned"], "then": LO_RETURN, "filled": True},
   {"a": LO_STATUS, "op": "implies", "in": ["on loan", "on_loan", "overdue"], "then": LO_RETURN, "filled": False}]},

 # ---------------- event tickets / concerts ----------------
 # comma, xnames
 {"id": "f_concerts", "description": (
   "Concert listings with band names, venue names, city, event date sometime in 2025, genre (rock, pop, jazz, "
   "hip hop or electronic), ticket price between $25 and $150, capacity and tickets sold, which should never "
   "exceed the capacity"),
  "expect": [
   {"names": [["band", "name"], ["band"], ["artist"], ["performer"], ["headliner"], ["act"]], "kind": "label"},
   {"names": [["venue", "name"], ["venue"]], "kind": "label"},
   {"names": [["city"]], "kind": "label"},
   {"names": [["event", "date"], ["concert", "date"], ["show", "date"], ["date"]], "kind": "date_in", "min": "2025-01-01", "max": "2025-12-31"},
   {"names": [["genre"]], "kind": "enum", "values": ["rock", "pop", "jazz", "hip hop", "hip_hop", "electronic"]},
   {"names": [["ticket", "price"], ["price"]], "kind": "number", "min": 25, "max": 150},
   {"names": CO_SOLD, "kind": "int", "min": 0},
   {"names": CO_CAP, "kind": "int", "min": 1}],
  "relations": [
   {"a": CO_SOLD, "op": "<=", "b": CO_CAP}]},

 # bullets, parens
 {"id": "f_event_tickets", "description": (
   "Ticket sales for a music festival\n"
   "- order id (ORD-0001 style)\n"
   "- buyer name and buyer email (email based on the name)\n"
   "- ticket type (general admission, VIP, backstage)\n"
   "- quantity (1 to 6 per order)\n"
   "- unit price\n"
   "- total paid = quantity x unit price\n"
   "- purchase date in the three months before the festival on 15 July 2024\n"
   "- refunded (roughly 5% yes)\n"
   "- refund amount, only for refunded orders and never more than the total paid"),
  "expect": [
   {"names": [["order", "id"], ["order", "number"], ["order", "no"], ["order"], ["id"]], "kind": "regex", "values": [r"ORD-\d{4,6}"]},
   {"names": [["buyer", "email"], ["email"]], "kind": "email"},
   {"names": [["buyer", "name"], ["buyer"], ["customer", "name"], ["name"]], "kind": "person_part"},
   {"names": [["ticket", "type"], ["type"], ["ticket", "tier"]], "kind": "enum", "values": ["general admission", "general_admission", "VIP", "backstage"]},
   {"names": ET_QTY, "kind": "int", "min": 1, "max": 6},
   {"names": ET_UNIT, "kind": "number", "min": 0},
   {"names": ET_TOTAL, "kind": "number", "min": 0},
   {"names": [["purchase", "date"], ["purchased"], ["purchased", "at"], ["order", "date"], ["date"]], "kind": "date_in", "min": "2024-04-15", "max": "2024-07-15"},
   {"names": ET_REFUNDED, "kind": "bool_share", "min": 0.005, "max": 0.15}],
  "relations": [
   {"a": ET_TOTAL, "op": "product", "b": [ET_QTY, ET_UNIT]},
   {"a": ET_REFUNDED, "op": "implies", "in": YES, "then": ET_REFUND_AMT, "filled": True},
   {"a": ET_REFUNDED, "op": "implies", "in": NO, "then": ET_REFUND_AMT, "filled": False},
   {"a": ET_REFUND_AMT, "op": "<=", "b": ET_TOTAL}]},

 # ---------------- mobile app users / sessions ----------------
 # terse
 {"id": "f_app_users", "description": (
   "app users: user id (uuid), username, email, signup dt, country, platform ios/android, app ver like 3.2.1, "
   "last active dt >= signup, push opt-in y/n, sessions cnt"),
  "expect": [
   {"names": [["user", "id"], ["uuid"], ["id"]], "kind": "uuid"},
   {"names": [["username"], ["user", "name"], ["handle"], ["screen", "name"]], "kind": "text"},
   {"names": [["email"], ["email", "address"]], "kind": "email"},
   {"names": AU_SIGNUP, "kind": "date"},
   {"names": [["country"]], "kind": "label"},
   {"names": [["platform"], ["os"], ["device", "os"]], "kind": "enum", "values": ["ios", "android"]},
   {"names": [["app", "ver"], ["app", "version"], ["version"], ["ver"]], "kind": "regex", "values": [r"v?\d+\.\d+\.\d+"]},
   {"names": AU_ACTIVE, "kind": "date"},
   {"names": [["push", "opt", "in"], ["push", "optin"], ["push"], ["opt", "in"], ["optin"], ["opted", "in"], ["push", "enabled"], ["notifications"]], "kind": "bool"},
   {"names": [["sessions", "cnt"], ["sessions"], ["session", "count"], ["sessions", "count"], ["session", "cnt"]], "kind": "int", "min": 0}],
  "relations": [
   {"a": AU_SIGNUP, "op": "<=", "b": AU_ACTIVE}]},

 # typed
 {"id": "f_app_sessions", "description": (
   "session_id: uuid\n"
   "user_id: integer\n"
   "device: phone model, e.g. iPhone 14, Pixel 8, Galaxy S23\n"
   "started_at: datetime, every session in March 2024\n"
   "ended_at: datetime after started_at\n"
   "duration_seconds: integer, the gap between start and end\n"
   "screens_viewed: integer 1-50\n"
   "crashed: boolean, about 2% true\n"
   "network: wifi, 4g or 5g"),
  "expect": [
   {"names": [["session", "id"], ["id"]], "kind": "uuid"},
   {"names": [["user", "id"], ["user"]], "kind": "int"},
   {"names": [["device"], ["device", "model"], ["phone", "model"], ["model"]], "kind": "label"},
   {"names": AS_START, "kind": "date_in", "min": "2024-03-01", "max": "2024-03-31"},
   {"names": AS_END, "kind": "datetime"},
   {"names": [["duration", "seconds"], ["duration"], ["duration", "sec"], ["duration", "secs"]], "kind": "int", "min": 0, "max": 86400},
   {"names": [["screens", "viewed"], ["screens"], ["screen", "views"], ["screen", "count"]], "kind": "int", "min": 1, "max": 50},
   {"names": [["crashed"], ["crash"], ["is", "crashed"], ["did", "crash"]], "kind": "bool_share", "min": 0.001, "max": 0.08},
   {"names": [["network"], ["network", "type"], ["connection"], ["connection", "type"]], "kind": "enum", "values": ["wifi", "4g", "5g"]}],
  "relations": [
   {"a": AS_START, "op": "<", "b": AS_END}]},

 # ---------------- manufacturing defects / production lines ----------------
 # para
 {"id": "f_mfg_defects", "description": (
   "Please generate a defect log for a factory. Each record is a defect found during inspection. It has a defect ID "
   "such as DEF-00042, the production line (Line 1 through Line 6), the product SKU, and the shift, which is morning, "
   "afternoon or night. We need the defect type, for example scratch, dent, misalignment, crack or discoloration, and "
   "a severity of minor, major or critical, where most defects are minor. Record the batch size and how many units in "
   "the batch were defective; the defective count can never be larger than the batch size. Also log the inspector's "
   "name and the inspection timestamp."),
  "expect": [
   {"names": [["defect", "id"], ["defect", "no"], ["defect", "number"], ["id"]], "kind": "regex", "values": [r"DEF-\d{4,6}"]},
   {"names": [["production", "line"], ["line"], ["line", "id"], ["line", "name"]], "kind": "regex", "values": [r"(?i)(line[ _-]?|l)?[1-6]"]},
   {"names": [["sku"], ["product", "sku"], ["product", "code"], ["product", "id"]], "kind": "idlike"},
   {"names": [["shift"]], "kind": "enum", "values": ["morning", "afternoon", "night"]},
   {"names": [["defect", "type"], ["type"], ["defect", "category"], ["defect"]], "kind": "category"},
   {"names": [["severity"], ["severity", "level"]], "kind": "weighted", "values": ["minor", "major", "critical"], "min": 0.5, "max": 1.0},
   {"names": M_DEFECTIVE, "kind": "int", "min": 0},
   {"names": M_BATCH, "kind": "int", "min": 1},
   {"names": [["inspector"], ["inspector", "name"], ["inspected", "by"]], "kind": "person_part"},
   {"names": [["inspection", "timestamp"], ["inspection", "time"], ["inspected", "at"], ["timestamp"], ["inspection", "date"]], "kind": "datetime"}],
  "relations": [
   {"a": M_DEFECTIVE, "op": "<=", "b": M_BATCH}]},

 # title, parens
 {"id": "f_mfg_runs", "description": (
   "Production runs: run id, line (A, B, C or D), product name, planned units, produced units (within 10% of "
   "planned), scrap units (at most 5% of produced), good units = produced minus scrap, start time, end time "
   "(8 to 12 hours after start), operator"),
  "expect": [
   {"names": [["run", "id"], ["run"], ["id"]], "kind": "unique"},
   {"names": [["production", "line"], ["line"], ["line", "id"]], "kind": "regex", "values": [r"(?i)(line[ _-]?)?[abcd]"]},
   {"names": [["product", "name"], ["product"]], "kind": "label"},
   {"names": PR_PLANNED, "kind": "int", "min": 0},
   {"names": PR_PRODUCED, "kind": "int", "min": 0},
   {"names": PR_SCRAP, "kind": "int", "min": 0},
   {"names": PR_GOOD, "kind": "int", "min": 0},
   {"names": PR_START, "kind": "datetime"},
   {"names": PR_END, "kind": "datetime"},
   {"names": [["operator"], ["operator", "name"]], "kind": "person_part"}],
  "relations": [
   {"a": PR_PRODUCED, "op": "between_ratio", "b": PR_PLANNED, "min": 0.9, "max": 1.1},
   {"a": PR_SCRAP, "op": "between_ratio", "b": PR_PRODUCED, "min": 0, "max": 0.05},
   {"a": PR_PRODUCED, "op": "sum", "b": [PR_GOOD, PR_SCRAP]},
   {"a": PR_START, "op": "<", "b": PR_END}]},

 # ---------------- dental / vet clinic visits ----------------
 # bullets, parens
 {"id": "f_dental_visits", "description": (
   "Dental clinic appointments\n"
   "- appointment id\n"
   "- patient name\n"
   "- dentist (Dr. Patel, Dr. Nguyen, Dr. Okafor or Dr. Smith)\n"
   "- appointment date between January and June 2024\n"
   "- procedure: cleaning, filling, extraction, root canal, crown or check-up\n"
   "- duration in minutes (15 to 120)\n"
   "- cost\n"
   "- insurance covered amount, never above the cost\n"
   "- patient pays = cost minus insurance covered"),
  "expect": [
   {"names": [["appointment", "id"], ["appt", "id"], ["id"]], "kind": "unique"},
   {"names": [["patient", "name"], ["patient"]], "kind": "person_part"},
   {"names": [["dentist"], ["dentist", "name"], ["doctor"], ["provider"]], "kind": "enum",
    "values": ["Dr. Patel", "Dr. Nguyen", "Dr. Okafor", "Dr. Smith", "Dr Patel", "Dr Nguyen", "Dr Okafor", "Dr Smith"]},
   {"names": [["appointment", "date"], ["appt", "date"], ["visit", "date"], ["date"]], "kind": "date_in", "min": "2024-01-01", "max": "2024-06-30"},
   {"names": [["procedure"], ["treatment"], ["service"], ["procedure", "type"]], "kind": "enum",
    "values": ["cleaning", "filling", "extraction", "root canal", "root_canal", "crown", "check-up", "check_up", "checkup"]},
   {"names": [["duration", "minutes"], ["duration"], ["minutes"], ["length"], ["duration", "min"]], "kind": "int", "min": 15, "max": 120},
   {"names": D_PAYS, "kind": "number", "min": 0},
   {"names": D_INS, "kind": "number", "min": 0},
   {"names": D_COST, "kind": "number", "min": 0}],
  "relations": [
   {"a": D_INS, "op": "<=", "b": D_COST},
   {"a": D_COST, "op": "sum", "b": [D_PAYS, D_INS]}]},

 # comma ("or"), plural
 {"id": "f_vet_visits", "description": (
   "Vet clinic visits with pet names, species (dog, cat, rabbit or bird), breeds that fit the species, owner names, "
   "owner phone numbers, visit dates, weights in kg, reasons for visit, and whether vaccinations are up to date "
   "(yes or no)"),
  "expect": [
   {"names": [["pet", "name"], ["pet"], ["animal", "name"]], "kind": "text"},
   {"names": V_SPECIES, "kind": "enum", "values": ["dog", "cat", "rabbit", "bird"]},
   {"names": V_BREED, "kind": "label"},
   {"names": [["owner", "phone"], ["phone"], ["phone", "number"], ["owner", "phone", "number"]], "kind": "phone"},
   {"names": [["owner", "name"], ["owner"]], "kind": "person_part"},
   {"names": [["visit", "date"], ["date"], ["visit"]], "kind": "date"},
   {"names": [["weight", "kg"], ["weight"]], "kind": "number", "min": 0.01, "max": 120},
   {"names": [["reason", "for", "visit"], ["visit", "reason"], ["reason"], ["complaint"]], "kind": "label"},
   {"names": [["vaccinations", "up", "to", "date"], ["vaccinated"], ["vaccinations"], ["vaccination"], ["vaccines"], ["up", "to", "date"]], "kind": "bool"}],
  "relations": [
   {"a": V_BREED, "op": "maps", "b": V_SPECIES}]},

 # ---------------- charity donations / volunteers ----------------
 # lines, parens
 {"id": "f_charity_donations", "description": (
   "Donation ID\n"
   "Donor name\n"
   "Donor email\n"
   "Amount (between $5 and $5,000, most under $100)\n"
   "Donation date\n"
   "Campaign (Winter Appeal, Clean Water, Education Fund)\n"
   "Payment method\n"
   "Recurring (yes/no)\n"
   "Gift Aid eligible\n"
   "Gift Aid amount - 25% of the amount when eligible, blank otherwise"),
  "expect": [
   {"names": [["donation", "id"], ["id"]], "kind": "unique"},
   {"names": [["donor", "email"], ["email"]], "kind": "email"},
   {"names": [["donor", "name"], ["donor"], ["name"]], "kind": "person_part"},
   {"names": CH_AMOUNT, "kind": "number", "min": 5, "max": 5000},
   {"names": [["donation", "date"], ["date"], ["donated", "at"], ["donated", "on"]], "kind": "date"},
   {"names": [["campaign"], ["campaign", "name"], ["appeal"], ["fund"]], "kind": "enum",
    "values": ["Winter Appeal", "Clean Water", "Education Fund", "winter_appeal", "clean_water", "education_fund"]},
   {"names": [["payment", "method"], ["payment"], ["method"]], "kind": "category"},
   {"names": [["recurring"], ["is", "recurring"]], "kind": "bool"},
   {"names": CH_ELIGIBLE, "kind": "bool"}],
  "relations": [
   {"a": CH_ELIGIBLE, "op": "implies", "in": YES, "then": CH_GA_AMT, "filled": True},
   {"a": CH_ELIGIBLE, "op": "implies", "in": NO, "then": CH_GA_AMT, "filled": False},
   {"a": CH_GA_AMT, "op": "between_ratio", "b": CH_AMOUNT, "min": 0.245, "max": 0.255}]},

 # para
 {"id": "f_charity_volunteers", "description": (
   "I'm tracking volunteers for our food bank. For each volunteer I want a volunteer ID, their full name, an email "
   "address made from their name, a phone number, the date they signed up, and their date of birth; all volunteers "
   "must be 18 or older. Each person has a preferred role, one of driver, packer, front desk or coordinator, and the "
   "total hours volunteered so far, anywhere from 0 to 500. Some have completed a background check and some haven't; "
   "the background check date is only filled in for those who have."),
  "expect": [
   {"names": [["volunteer", "id"], ["id"]], "kind": "unique"},
   {"names": [["email"], ["email", "address"]], "kind": "email"},
   {"names": [["full", "name"], ["volunteer", "name"], ["name"]], "kind": "person_part"},
   {"names": [["phone"], ["phone", "number"], ["mobile"]], "kind": "phone"},
   {"names": [["signup", "date"], ["signup"], ["sign", "up"], ["signed", "up"], ["join", "date"], ["joined"], ["registration", "date"], ["start", "date"]], "kind": "date"},
   {"names": [["date", "of", "birth"], ["dob"], ["birth", "date"], ["birthdate"]], "kind": "date_in", "min": "1920-01-01", "max": "2008-12-31"},
   {"names": [["preferred", "role"], ["role"]], "kind": "enum", "values": ["driver", "packer", "front desk", "front_desk", "coordinator"]},
   {"names": [["total", "hours"], ["hours", "volunteered"], ["hours"]], "kind": "number", "min": 0, "max": 500},
   {"names": VO_BG, "kind": "bool"}],
  "relations": [
   {"a": VO_BG, "op": "implies", "in": YES, "then": VO_BG_DATE, "filled": True},
   {"a": VO_BG, "op": "implies", "in": NO, "then": VO_BG_DATE, "filled": False}]},

 # ---------------- movie / cinema screenings ----------------
 # title, xnames, parens
 {"id": "f_cinema_screenings", "description": (
   "Cinema screenings: screening id, film names, screen number (1-8), showtime, runtime in minutes, format (2D, 3D, "
   "IMAX), screen capacity, tickets sold (can't be more than the capacity), ticket price, age rating (U, PG, 12A, 15, 18)"),
  "expect": [
   {"names": [["screening", "id"], ["showing", "id"], ["session", "id"], ["id"]], "kind": "unique"},
   {"names": [["film", "name"], ["film", "title"], ["movie", "title"], ["movie", "name"], ["film"], ["movie"], ["title"]], "kind": "label"},
   {"names": [["screen", "number"], ["screen", "no"], ["screen"], ["auditorium"], ["hall"]], "kind": "int", "min": 1, "max": 8},
   {"names": [["showtime"], ["show", "time"], ["screening", "time"], ["start", "time"], ["starts", "at"]], "kind": "datetime"},
   {"names": [["runtime"], ["runtime", "minutes"], ["run", "time"], ["duration"], ["length"]], "kind": "int", "min": 60, "max": 240},
   {"names": [["format"], ["projection"], ["screen", "format"]], "kind": "enum", "values": ["2D", "3D", "IMAX"]},
   {"names": CI_SOLD, "kind": "int", "min": 0},
   {"names": CI_CAP, "kind": "int", "min": 1, "max": 1000},
   {"names": [["ticket", "price"], ["price"]], "kind": "number", "min": 0, "max": 50},
   {"names": [["age", "rating"], ["rating"], ["certificate"], ["classification"], ["cert"]], "kind": "enum", "values": ["U", "PG", "12A", "15", "18"]}],
  "relations": [
   {"a": CI_SOLD, "op": "<=", "b": CI_CAP}]},

 # terse
 {"id": "f_movies_terse", "description": (
   "movies: title, release yr, genre, dir, runtime min, budget usd, box office usd, profit = box office - budget, "
   "imdb rating 1-10, studio"),
  "expect": [
   {"names": [["title"], ["movie", "title"], ["film", "title"], ["movie"], ["film"]], "kind": "label"},
   {"names": [["release", "yr"], ["release", "year"], ["year"], ["yr"], ["release"]], "kind": "int", "min": 1900, "max": 2027},
   {"names": [["genre"]], "kind": "category"},
   {"names": [["dir"], ["director"], ["director", "name"]], "kind": "person_part"},
   {"names": [["runtime", "min"], ["runtime"], ["duration"], ["length"]], "kind": "int", "min": 40, "max": 300},
   {"names": MV_BUDGET, "kind": "number", "min": 0},
   {"names": MV_BOX, "kind": "number", "min": 0},
   {"names": MV_PROFIT, "kind": "number"},
   {"names": [["imdb", "rating"], ["imdb"], ["rating"], ["score"]], "kind": "number", "min": 1, "max": 10},
   {"names": [["studio"], ["production", "company"], ["distributor"]], "kind": "label"}],
  "relations": [
   {"a": MV_BOX, "op": "sum", "b": [MV_PROFIT, MV_BUDGET]}]},

 # ---------------- wine / beer / brewery products ----------------
 # comma, xnames, parens
 {"id": "f_brewery_beers", "description": (
   "Craft brewery product list with beer names, style (IPA, stout, lager, pale ale, pilsner, sour), ABV (3.5% to 12%), "
   "IBU (5-100), can size in ml (330, 440 or 500), price per can, price per 4-pack (four times the can price minus a "
   "small discount), brewery name, and release date"),
  "expect": [
   {"names": [["style"], ["beer", "style"], ["type"], ["beer", "type"]], "kind": "enum", "values": ["IPA", "stout", "lager", "pale ale", "pale_ale", "pilsner", "sour"]},
   {"names": [["beer", "name"], ["beer"], ["product", "name"], ["product"]], "kind": "label"},
   {"names": [["abv"], ["abv", "percent"], ["abv", "pct"], ["alcohol"]], "kind": "number", "min": 3.5, "max": 12},
   {"names": [["ibu"], ["bitterness"]], "kind": "number", "min": 5, "max": 100},
   {"names": [["can", "size"], ["can", "size", "ml"], ["size", "ml"], ["volume"], ["volume", "ml"], ["size"]], "kind": "enum", "values": ["330", "440", "500"]},
   {"names": B_CAN, "kind": "number", "min": 0.5, "max": 30},
   {"names": B_PACK, "kind": "number", "min": 1, "max": 120},
   {"names": [["brewery", "name"], ["brewery"], ["brewer"]], "kind": "label"},
   {"names": [["release", "date"], ["released"], ["release"]], "kind": "date"}],
  "relations": [
   {"a": B_PACK, "op": "between_ratio", "b": B_CAN, "min": 3.0, "max": 4.0}]},

 # typed
 {"id": "f_wine_typed", "description": (
   "wine_name: text (e.g. Chateau Margaux or Cloudy Bay Sauvignon Blanc)\n"
   "winery: text\n"
   "vintage: year between 1990 and 2023\n"
   "country: France, Italy, Spain, USA, Australia, New Zealand or Chile\n"
   "region: wine region inside that country (Bordeaux, Tuscany, Rioja, Napa Valley ...)\n"
   "grape: varietal name\n"
   "color: red, white, rose or sparkling\n"
   "price: decimal, $8-$250, 2 decimal places\n"
   "rating: integer points 80-100"),
  "expect": [
   {"names": [["wine", "name"], ["wine"], ["name"]], "kind": "label"},
   {"names": [["winery"], ["producer"], ["estate"]], "kind": "label"},
   {"names": [["vintage"], ["year"]], "kind": "int", "min": 1990, "max": 2023},
   {"names": W_COUNTRY, "kind": "enum", "values": ["France", "Italy", "Spain", "USA", "Australia", "New Zealand", "new_zealand", "Chile"]},
   {"names": W_REGION, "kind": "label"},
   {"names": [["grape"], ["varietal"], ["variety"], ["grape", "variety"]], "kind": "label"},
   {"names": [["color"], ["colour"], ["wine", "type"], ["type"], ["style"]], "kind": "enum", "values": ["red", "white", "rose", "rosé", "sparkling"]},
   {"names": [["price"], ["price", "usd"]], "kind": "number", "min": 8, "max": 250},
   {"names": [["rating"], ["points"], ["score"]], "kind": "int", "min": 80, "max": 100}],
  "relations": [
   {"a": W_REGION, "op": "maps", "b": W_COUNTRY}]},

 # ---------------- social media posts ----------------
 # comma, plural
 {"id": "f_social_posts", "description": (
   "Social media posts with post IDs, usernames, post texts, platforms (Twitter, Instagram, TikTok or LinkedIn), "
   "posting timestamps during 2024, like counts, comment counts, share counts, hashtags, and an engagement total "
   "that adds up the likes, comments and shares"),
  "expect": [
   {"names": [["post", "id"], ["id"]], "kind": "unique"},
   {"names": [["username"], ["user", "name"], ["handle"], ["author"], ["user"]], "kind": "text"},
   {"names": [["post", "text"], ["text"], ["content"], ["body"], ["caption"], ["message"]], "kind": "text"},
   {"names": [["platform"], ["network"], ["channel"]], "kind": "enum", "values": ["Twitter", "Instagram", "TikTok", "LinkedIn"]},
   {"names": [["posted", "at"], ["posting", "timestamp"], ["timestamp"], ["posted"], ["post", "time"], ["created", "at"]], "kind": "date_in", "min": "2024-01-01", "max": "2024-12-31"},
   {"names": S_LIKES, "kind": "int", "min": 0},
   {"names": S_COMMENTS, "kind": "int", "min": 0},
   {"names": S_SHARES, "kind": "int", "min": 0},
   {"names": [["hashtags"], ["hashtag"], ["tags"]], "kind": "text"},
   {"names": S_ENG, "kind": "int", "min": 0}],
  "relations": [
   {"a": S_ENG, "op": "sum", "b": [S_LIKES, S_COMMENTS, S_SHARES]}]},

 # lines
 {"id": "f_social_moderation", "description": (
   "Moderation queue for reported posts\n"
   "post_id\n"
   "author_handle (like @jane_doe)\n"
   "post_type - text, image, video or link\n"
   "created_at\n"
   "reported_count\n"
   "moderation_status - approved, removed, pending\n"
   "removed_reason - only when the status is removed\n"
   "reviewed_at - after created_at, empty while pending\n"
   "language - en, es, fr or de"),
  "expect": [
   {"names": [["post", "id"], ["id"]], "kind": "unique"},
   {"names": [["author", "handle"], ["handle"], ["author"], ["username"]], "kind": "regex", "values": [r"@[A-Za-z0-9_.]+"]},
   {"names": [["post", "type"], ["type"], ["media", "type"], ["content", "type"]], "kind": "enum", "values": ["text", "image", "video", "link"]},
   {"names": MO_CREATED, "kind": "datetime"},
   {"names": [["reported", "count"], ["report", "count"], ["reports"], ["reported"], ["times", "reported"]], "kind": "int", "min": 0},
   {"names": MO_STATUS, "kind": "enum", "values": ["approved", "removed", "pending"]},
   {"names": [["language"], ["lang"]], "kind": "enum", "values": ["en", "es", "fr", "de"]}],
  "relations": [
   {"a": MO_STATUS, "op": "implies", "in": ["removed"], "then": MO_REASON, "filled": True},
   {"a": MO_STATUS, "op": "implies", "in": ["approved", "pending"], "then": MO_REASON, "filled": False},
   {"a": MO_STATUS, "op": "implies", "in": ["pending"], "then": MO_REVIEWED, "filled": False},
   {"a": MO_STATUS, "op": "implies", "in": ["approved", "removed"], "then": MO_REVIEWED, "filled": True},
   {"a": MO_CREATED, "op": "<", "b": MO_REVIEWED}]},

 # ---------------- travel / flight bookings with hotels ----------------
 # para
 {"id": "f_travel_packages", "description": (
   "Generate travel bookings for a travel agency. Each booking has a booking code like TRV-58213, a traveller name "
   "and email, and a destination city with its country. Store the outbound flight date and the return flight date, "
   "which always comes after the outbound one. The hotel check-in is on the outbound date and the check-out on the "
   "return date, and the number of nights is the difference between them. Flight cost and hotel cost are separate "
   "columns, and the package total is the two added together. Around 20% of bookings include travel insurance."),
  "expect": [
   {"names": [["booking", "code"], ["booking", "id"], ["booking", "ref"], ["booking", "reference"], ["booking"], ["code"]], "kind": "regex", "values": [r"TRV-\d{4,6}"]},
   {"names": [["email"], ["traveller", "email"], ["traveler", "email"]], "kind": "email"},
   {"names": [["traveller", "name"], ["traveler", "name"], ["traveller"], ["traveler"], ["customer", "name"], ["passenger"], ["name"]], "kind": "person_part"},
   {"names": TR_CITY, "kind": "label"},
   {"names": TR_COUNTRY, "kind": "label"},
   {"names": TR_OUT, "kind": "date"},
   {"names": TR_RET, "kind": "date"},
   {"names": TR_IN, "kind": "date"},
   {"names": TR_OUTH, "kind": "date"},
   {"names": H_NIGHTS, "kind": "int", "min": 1, "max": 90},
   {"names": TR_FLIGHT, "kind": "number", "min": 0},
   {"names": TR_HOTEL, "kind": "number", "min": 0},
   {"names": TR_TOTAL, "kind": "number", "min": 0},
   {"names": [["travel", "insurance"], ["insurance"], ["insured"], ["has", "insurance"], ["includes", "insurance"]], "kind": "bool_share", "min": 0.1, "max": 0.3}],
  "relations": [
   {"a": TR_OUT, "op": "<", "b": TR_RET},
   {"a": TR_IN, "op": ">=", "b": TR_OUT},
   {"a": TR_OUTH, "op": "<=", "b": TR_RET},
   {"a": TR_IN, "op": "<", "b": TR_OUTH},
   {"a": TR_TOTAL, "op": "sum", "b": [TR_FLIGHT, TR_HOTEL]},
   {"a": TR_CITY, "op": "maps", "b": TR_COUNTRY}]},

 # plural, xnames, parens
 {"id": "f_hotel_reservations", "description": (
   "Hotel reservations with reservation numbers, guest names, hotel names, room types (single, double, suite), "
   "check-in dates, check-out dates, numbers of nights, nightly rates between $80 and $400, numbers of guests (1-4), "
   "and total prices equal to the nightly rate times the number of nights"),
  "expect": [
   {"names": [["reservation", "number"], ["reservation", "id"], ["reservation", "no"], ["booking", "id"], ["confirmation"], ["reservation"]], "kind": "idlike"},
   {"names": [["hotel", "name"], ["hotel"], ["property"]], "kind": "label"},
   {"names": [["guest", "name"], ["guest"], ["name"]], "kind": "person_part"},
   {"names": [["room", "type"], ["room"]], "kind": "enum", "values": ["single", "double", "suite"]},
   {"names": H_IN, "kind": "date"},
   {"names": H_OUT, "kind": "date"},
   {"names": H_NIGHTS, "kind": "int", "min": 1, "max": 60},
   {"names": H_RATE, "kind": "number", "min": 80, "max": 400},
   {"names": [["number", "of", "guests"], ["num", "guests"], ["guests"], ["guest", "count"], ["occupants"]], "kind": "int", "min": 1, "max": 4},
   {"names": H_TOTAL, "kind": "number", "min": 0}],
  "relations": [
   {"a": H_IN, "op": "<", "b": H_OUT},
   {"a": H_TOTAL, "op": "product", "b": [H_RATE, H_NIGHTS]}]},
]
