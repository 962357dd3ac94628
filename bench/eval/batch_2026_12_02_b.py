"""Blind evaluation batch B for SynthGen's description -> dataset planner (score.py format).

Written from the brief and score.py alone, before seeing any planner output. 37 cases over 20 domains:
clinical trials/pharmacy, online games, social media, SaaS billing, telecom, airlines, libraries, charity,
marketing/ads, factory QC, construction, law firms, veterinary, gym/fitness, concerts/events, crypto,
university research grants, plus coffee shop, household utility bills and school pupils.

Phrasing styles vary on purpose (comma lists, "Title: list", bullets, one column per line, "name: type"
lines, full-sentence paragraphs, terse shorthand, parentheses, plural nouns, "X names" of things).

Notes for readers of the scores:
- check() fails any column with more than 20% blank cells, so columns that are blank by design (a
  cancellation date only for cancelled rows, a dropout reason only for dropouts) are checked only through
  "implies" / comparison relations, never as concepts.
- Where several columns share a token (seats vs seats_sold, amount vs refund_amount, qty vs filled_qty), the
  more specific concept is listed first so it claims its column before the generic one is matched.
- "state" beside city and zip is read as a US state: US_STATES holds names and USPS codes.
"""

TRUE = ["true", "yes", "1", "y", "t"]
FALSE = ["false", "no", "0", "n", "f"]

US_STATE_NAMES = [
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
    "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
    "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "District of Columbia"]
US_STATE_CODES = [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
    "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
    "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC"]
US_STATES = US_STATE_NAMES + US_STATE_CODES

# ISO datetime with minutes on a 5-minute grid / seconds on a 10-second grid (T or space, optional zone)
TS_5MIN = r"\d{4}-\d{2}-\d{2}[T ]\d{2}:[0-5][05](:00(\.0+)?)?(Z|[+-]\d{2}:?\d{2})?"
TS_10S = r"\d{4}-\d{2}-\d{2}[T ]\d{2}:[0-5]\d:[0-5]0(\.0+)?(Z|[+-]\d{2}:?\d{2})?"

# ---------------------------------------------------------------------------------------------- names
# clinical trial
CT_ENROLL = [["enrollment", "date"], ["enrollment"], ["enrolled"], ["enrolment"]]
CT_LAST = [["last", "visit"], ["final", "visit"], ["completion"], ["last"]]
CT_DROP = [["dropped", "out"], ["dropped"], ["dropout"], ["withdrawn"]]
CT_REASON = [["dropout", "reason"], ["withdrawal", "reason"], ["reason"]]
# pharmacy
RX_QTY = [["quantity"], ["qty"]]
RX_UNIT = [["unit", "price"], ["price"]]
RX_TOTAL = [["total", "cost"], ["total"], ["cost"]]
RX_COPAY = [["copay"], ["co", "pay"]]
# games
GP_CREATED = [["created"], ["creation"], ["joined"], ["signup"], ["registered"], ["registration"]]
GP_LOGIN = [["last", "login"], ["login"], ["last", "seen"]]
GM_START = [["started"], ["start"]]
GM_END = [["ended"], ["end"]]
GM_KILLS = [["kills"], ["kill"]]
GM_HS = [["headshots"], ["headshot"]]
# social
SP_LIKES = [["likes"], ["like"]]
SP_SHARES = [["shares"], ["share"]]
SP_COMMENTS = [["comments"], ["comment"]]
SP_ENG = [["engagement"]]
IN_FOLLOWERS = [["followers"], ["follower"]]
IN_FOLLOWING = [["following"]]
# SaaS
SS_PLAN = [["plan"], ["tier"]]
SS_SEATS = [["seats"], ["seat", "count"], ["licenses"]]
SS_PPS = [["price", "per", "seat"], ["seat", "price"], ["price"]]
SS_MRR = [["mrr"], ["monthly", "recurring"]]
SS_START = [["started"], ["start"]]
SS_RENEW = [["renews"], ["renewal"], ["renew"]]
SS_STATUS = [["status"]]
SS_CANCELED = [["canceled"], ["cancelled"], ["cancellation"]]
SI_START = [["period", "start"], ["start"]]
SI_END = [["period", "end"], ["end"]]
SI_SUB = [["subtotal"], ["sub", "total"], ["net"]]
SI_VAT = [["vat"], ["tax"]]
SI_TOTAL = [["total"], ["gross"]]
SI_REFUND = [["refund"], ["refunded"]]
# telecom
TU_PLAN = [["plan"]]
TU_CAP = [["data", "cap"], ["cap"], ["allowance"]]
TU_OVER = [["overage"]]
TU_TOTAL = [["total"], ["bill", "amount"], ["amount", "due"]]
TC_START = [["start"], ["started"]]
TC_END = [["end"], ["ended"]]
# airlines
FL_DEP = [["scheduled", "departure"], ["departure", "time"], ["departure"], ["departs"], ["dep"]]
FL_ARR = [["scheduled", "arrival"], ["arrival", "time"], ["arrival"], ["arrives"], ["arr"]]
FL_SOLD = [["sold"], ["booked"]]
FL_SEATS = [["capacity"], ["total", "seats"], ["seats"]]
AB_FARE = [["base", "fare"], ["fare"]]
AB_TAX = [["taxes"], ["tax"]]
AB_TOTAL = [["total"]]
AB_BOOKED = [["booking", "date"], ["booked"], ["booking"], ["purchase"]]
AB_FLIGHT = [["flight", "date"], ["travel", "date"], ["departure"], ["flight"]]
# libraries
LL_CHECKOUT = [["checkout"], ["checked", "out"], ["loan", "date"], ["borrowed"]]
LL_DUE = [["due"]]
LL_RETURN = [["return"], ["returned"]]
# charity
DN_AMOUNT = [["donation", "amount"], ["amount"], ["donation"]]
DN_REFUND = [["refund"], ["refunded"]]
DN_NET = [["net"]]
CE_CITY = [["city"]]
CE_COUNTRY = [["country"]]
CE_SOLD = [["sold"], ["tickets"]]
CE_PRICE = [["ticket", "price"], ["price"]]
CE_REV = [["revenue"]]
CE_SPONSOR = [["sponsorship"], ["sponsor"]]
CE_TOTAL = [["total"], ["raised"]]
# marketing
AC_START = [["start"]]
AC_END = [["end"]]
AC_BUDGET = [["budget"]]
AC_SPEND = [["spend"], ["spent"], ["cost"]]
AC_IMPR = [["impressions"], ["impression"]]
AC_CLICKS = [["clicks"], ["click"]]
AC_CONV = [["conversions"], ["conversion"]]
AK_CONV = [["converted"], ["conversion"]]
AK_REV = [["revenue"]]
# factory QC
QI_INSPECTED = [["units", "inspected"], ["inspected"], ["sample", "size"]]
QI_DEFECTIVE = [["defective"], ["defects"], ["defect"]]
QI_RESULT = [["result"], ["outcome"], ["status"]]
QI_REASON = [["failure", "reason"], ["reason"]]
# construction
CP_CITY = [["city"]]
CP_STATE = [["state"]]
CP_TYPE = [["project", "type"], ["type"]]
CP_SUBTYPE = [["subtype"], ["sub", "type"]]
CP_CONTRACT = [["contract", "value"], ["contract"]]
CP_COST = [["cost"], ["spent"]]
CP_START = [["start"]]
CP_END = [["completion"], ["end"], ["finish"]]
# law
LC_OPENED = [["opened"], ["open", "date"]]
LC_CLOSED = [["closed"], ["close", "date"]]
LC_STATUS = [["status"]]
LC_HOURS = [["billable", "hours"], ["hours"]]
LC_RATE = [["hourly", "rate"], ["rate"]]
LC_FEES = [["fees"], ["fee"], ["billed"]]
LT_HOURS = [["hours"], ["hour"]]
LT_RATE = [["billing", "rate"], ["rate"]]
LT_AMOUNT = [["amount"], ["billed"]]
# veterinary
VV_SPECIES = [["species"]]
VV_BREED = [["breed"]]
VX_GIVEN = [["date", "given"], ["given"], ["administered"], ["vaccination", "date"]]
VX_DUE = [["next", "due"], ["due"]]
# gym
GY_TIER = [["tier"], ["membership"]]
GY_FEE = [["monthly", "fee"], ["fee"], ["price"]]
GY_STATUS = [["status"]]
GY_FREEZE = [["freeze"], ["frozen", "until"]]
GW_SETS = [["sets"], ["set"]]
GW_REPS = [["reps"], ["rep"]]
GW_WEIGHT = [["weight"]]
GW_VOLUME = [["volume"]]
# concerts / events
CO_SHOW = [["show", "date"], ["show"], ["concert", "date"], ["event", "date"]]
CO_PURCHASE = [["purchase", "date"], ["purchased"], ["purchase"], ["order", "date"]]
CO_QTY = [["quantity"], ["qty"]]
CO_PRICE = [["ticket", "price"], ["unit", "price"], ["price"]]
CO_SUB = [["subtotal"], ["sub", "total"]]
CO_FEES = [["fees"], ["fee"]]
CO_TOTAL = [["order", "total"], ["total"]]
FC_TYPE = [["ticket", "type"], ["type"]]
FC_WRIST = [["wristband"], ["colour"], ["color"]]
# crypto
CT_PRICE = [["price"]]
CT_QTY = [["quantity"], ["qty"], ["amount"], ["size"]]
CT_NOTIONAL = [["notional"], ["value"]]
CT_FEE = [["fee"]]
CO2_CREATED = [["created"]]
CO2_UPDATED = [["updated"]]
CO2_FILLED = [["filled", "qty"], ["filled", "quantity"], ["filled"]]
CO2_QTY = [["qty"], ["quantity"]]
CO2_STATUS = [["status"]]
CO2_REASON = [["cancel", "reason"], ["reason"]]
# research grants
RG_START = [["start"]]
RG_END = [["end"]]
RG_INDIRECT = [["indirect"]]
RG_SPENT = [["spent"], ["expended"], ["expenditure"], ["expenditures"]]
RG_AWARD = [["award"], ["amount"]]
GB_BUDGETED = [["budgeted"], ["budget", "amount"], ["budget"]]
GB_ACTUAL = [["actual"], ["spend"], ["spent"]]
GB_VARIANCE = [["variance"]]
# coffee, utilities, school
CF_PRICE = [["price"], ["amount"], ["total"]]
CF_TIP = [["tip"]]
UB_START = [["period", "start"], ["start"]]
UB_END = [["period", "end"], ["end"]]
UB_CITY = [["city"]]
UB_STATE = [["state"]]
SC_SCORE = [["math", "score"], ["score"], ["math"]]
SC_LETTER = [["letter", "grade"], ["letter"], ["grade"]]


CASES = [
 # ------------------------------------------------------------------ clinical trials / pharmacy
 {"id": "b_trial_participants",
  "description": "Each row is a participant in a phase III blood-pressure drug trial. It has a participant ID like "
                 "PT-00001, the trial arm (one of placebo, low dose, high dose), and the participant's age, which "
                 "must be between 18 and 75. It records sex, the enrollment date sometime in 2022, and the date of "
                 "the last visit, which is always after enrollment. Baseline systolic blood pressure is in mmHg, and "
                 "follow-up systolic pressure is also in mmHg but about 5% missing. There is a flag for whether the "
                 "participant dropped out (about 15% did); dropouts have a dropout reason, everyone else leaves it empty.",
  "expect": [
   {"names": [["participant", "id"], ["participant"], ["id"]], "kind": "regex", "values": [r"PT-\d{5,}"]},
   {"names": [["arm"], ["group"], ["treatment"]], "kind": "enum", "values": ["placebo", "low dose", "high dose"]},
   {"names": [["age"]], "kind": "int", "min": 18, "max": 75},
   {"names": [["sex"], ["gender"]], "kind": "category"},
   {"names": CT_ENROLL, "kind": "date_in", "min": "2022-01-01", "max": "2022-12-31"},
   {"names": CT_LAST, "kind": "date"},
   {"names": [["baseline"]], "kind": "number", "min": 70, "max": 250},
   {"names": [["follow", "up"], ["followup"]], "kind": "sparse", "min": 0.02, "max": 0.1, "values": ["number"]},
   {"names": CT_DROP, "kind": "bool_share", "min": 0.06, "max": 0.26}],
  "relations": [
   {"a": CT_ENROLL, "op": "<", "b": CT_LAST},
   {"a": CT_DROP, "op": "implies", "in": TRUE, "then": CT_REASON, "filled": True},
   {"a": CT_DROP, "op": "implies", "in": FALSE, "then": CT_REASON, "filled": False}]},

 {"id": "b_pharmacy_rx",
  "description": "Pharmacy prescriptions\n"
                 "rx_number: string like RX-123456\n"
                 "drug_name: real medication names (e.g. Amoxicillin, Lisinopril, Metformin)\n"
                 "dosage_mg: integer 5-1000\n"
                 "quantity: integer 10 to 90\n"
                 "unit_price: decimal in USD, up to $15\n"
                 "total_cost: quantity * unit_price\n"
                 "copay: decimal, never more than total_cost\n"
                 "filled_date: date in 2023\n"
                 "refills_remaining: integer 0-5\n"
                 "insurance_covered: boolean, about 70% true",
  "expect": [
   {"names": [["rx", "number"], ["rx", "id"], ["rx"], ["prescription"]], "kind": "regex", "values": [r"RX-\d{6}"]},
   {"names": [["drug", "name"], ["drug"], ["medication"]], "kind": "label"},
   {"names": [["dosage"], ["dose"]], "kind": "int", "min": 1, "max": 1000},
   {"names": RX_QTY, "kind": "int", "min": 10, "max": 90},
   {"names": RX_UNIT, "kind": "number", "min": 0, "max": 15},
   {"names": RX_TOTAL, "kind": "number", "min": 0, "max": 1350},
   {"names": RX_COPAY, "kind": "number", "min": 0, "max": 1350},
   {"names": [["filled", "date"], ["filled"], ["fill", "date"]], "kind": "date_in", "min": "2023-01-01", "max": "2023-12-31"},
   {"names": [["refills"], ["refill"]], "kind": "int", "min": 0, "max": 5},
   {"names": [["insurance"], ["covered"]], "kind": "bool_share", "min": 0.55, "max": 0.85}],
  "relations": [
   {"a": RX_TOTAL, "op": "product", "b": [RX_QTY, RX_UNIT]},
   {"a": RX_COPAY, "op": "<=", "b": RX_TOTAL}]},

 # ------------------------------------------------------------------ online games / players
 {"id": "b_game_players",
  "description": "Online game player profiles with usernames, countries, levels between 1 and 100, experience points, "
                 "guild names, account creation dates, last login dates, and whether each player is a premium "
                 "member (about 20% are)",
  "expect": [
   {"names": [["username"], ["user", "name"], ["gamertag"], ["handle"], ["nickname"], ["player", "name"]], "kind": "text"},
   {"names": [["country"]], "kind": "label"},
   {"names": [["level"]], "kind": "int", "min": 1, "max": 100},
   {"names": [["experience"], ["xp"], ["exp"]], "kind": "number", "min": 0},
   {"names": [["guild"], ["clan"]], "kind": "label"},
   {"names": GP_CREATED, "kind": "date"},
   {"names": GP_LOGIN, "kind": "date"},
   {"names": [["premium"]], "kind": "bool_share", "min": 0.1, "max": 0.32}],
  "relations": [
   {"a": GP_CREATED, "op": "<=", "b": GP_LOGIN}]},

 {"id": "b_game_matches",
  "description": "match_id, map name, mode ranked|casual, started_at, ended_at, kills, deaths, assists, headshots (<= kills), win y/n ~50%",
  "expect": [
   {"names": [["match", "id"], ["match"], ["id"]], "kind": "unique"},
   {"names": [["map", "name"], ["map"]], "kind": "label"},
   {"names": [["mode"]], "kind": "enum", "values": ["ranked", "casual"]},
   {"names": GM_START, "kind": "datetime"},
   {"names": GM_END, "kind": "datetime"},
   {"names": GM_HS, "kind": "int", "min": 0, "max": 100},
   {"names": GM_KILLS, "kind": "int", "min": 0, "max": 100},
   {"names": [["deaths"], ["death"]], "kind": "int", "min": 0, "max": 100},
   {"names": [["assists"], ["assist"]], "kind": "int", "min": 0, "max": 100},
   {"names": [["win"], ["won"], ["victory"]], "kind": "bool_share", "min": 0.35, "max": 0.65}],
  "relations": [
   {"a": GM_START, "op": "<", "b": GM_END},
   {"a": GM_HS, "op": "<=", "b": GM_KILLS}]},

 # ------------------------------------------------------------------ social media
 {"id": "b_social_posts",
  "description": "Social media posts dataset:\n"
                 "- post id (unique)\n"
                 "- author handle\n"
                 "- post text (a sentence or two)\n"
                 "- platform: one of Twitter, Instagram, TikTok, LinkedIn\n"
                 "- posted_at, sometime in 2023\n"
                 "- likes, shares and comments counts; shares should never exceed likes\n"
                 "- engagement = likes + shares + comments\n"
                 "- roughly 5% of posts are flagged for moderation",
  "expect": [
   {"names": [["post", "id"], ["id"]], "kind": "unique"},
   {"names": [["handle"], ["author"], ["username"]], "kind": "text"},
   {"names": [["text"], ["content"], ["body"], ["message"], ["caption"]], "kind": "sentence"},
   {"names": [["platform"]], "kind": "enum", "values": ["Twitter", "Instagram", "TikTok", "LinkedIn"]},
   {"names": [["posted"], ["timestamp"], ["created"]], "kind": "date_in", "min": "2023-01-01", "max": "2023-12-31"},
   {"names": SP_LIKES, "kind": "int", "min": 0},
   {"names": SP_SHARES, "kind": "int", "min": 0},
   {"names": SP_COMMENTS, "kind": "int", "min": 0},
   {"names": SP_ENG, "kind": "number", "min": 0},
   {"names": [["flagged"], ["flag"], ["moderation"]], "kind": "bool_share", "min": 0.01, "max": 0.12}],
  "relations": [
   {"a": SP_SHARES, "op": "<=", "b": SP_LIKES},
   {"a": SP_ENG, "op": "sum", "b": [SP_LIKES, SP_SHARES, SP_COMMENTS]}]},

 {"id": "b_influencers",
  "description": "Influencer accounts (handle, platform, niche e.g. beauty, fitness, travel or food, follower count "
                 "between 10k and 5M, following count, usually far below followers, average engagement rate as a "
                 "percent 0-15, verified yes/no with about 30% yes, contact email about 8% missing, home country)",
  "expect": [
   {"names": [["handle"], ["username"]], "kind": "text"},
   {"names": [["platform"]], "kind": "category"},
   {"names": [["niche"], ["category"]], "kind": "category"},
   {"names": IN_FOLLOWERS, "kind": "int", "min": 10000, "max": 5000000},
   {"names": IN_FOLLOWING, "kind": "int", "min": 0},
   {"names": [["engagement"]], "kind": "number", "min": 0, "max": 15},
   {"names": [["verified"]], "kind": "bool_share", "min": 0.18, "max": 0.42},
   {"names": [["email"]], "kind": "sparse", "min": 0.03, "max": 0.15, "values": ["email"]},
   {"names": [["country"]], "kind": "label"}],
  "relations": [
   {"a": IN_FOLLOWING, "op": "<=", "b": IN_FOLLOWERS, "share": 0.9}]},

 # ------------------------------------------------------------------ SaaS subscriptions / billing
 {"id": "b_saas_subscriptions",
  "description": "SaaS subscriptions, one row per customer subscription\n"
                 "subscription_id: ids like SUB-0001\n"
                 "company: customer company name\n"
                 "plan: one of Starter, Growth, Enterprise\n"
                 "seats: integer 1-500\n"
                 "price_per_seat: USD per month, set by the plan (Starter 12, Growth 25, Enterprise 60)\n"
                 "mrr: seats * price_per_seat\n"
                 "started_on: date, sometime in 2021-2023\n"
                 "renews_on: date after started_on\n"
                 "status: active, trialing, past_due or canceled\n"
                 "canceled_at: date, only filled when status is canceled",
  "expect": [
   {"names": [["subscription", "id"], ["subscription"], ["id"]], "kind": "regex", "values": [r"SUB-\d{4,}"]},
   {"names": [["company"], ["customer"]], "kind": "label"},
   {"names": SS_PLAN, "kind": "enum", "values": ["Starter", "Growth", "Enterprise"]},
   {"names": SS_SEATS, "kind": "int", "min": 1, "max": 500},
   {"names": SS_PPS, "kind": "number", "min": 12, "max": 60},
   {"names": SS_MRR, "kind": "number", "min": 12, "max": 30000},
   {"names": SS_START, "kind": "date_in", "min": "2021-01-01", "max": "2023-12-31"},
   {"names": SS_RENEW, "kind": "date"},
   {"names": SS_STATUS, "kind": "enum", "values": ["active", "trialing", "past_due", "canceled"]}],
  "relations": [
   {"a": SS_PLAN, "op": "maps", "b": SS_PPS},
   {"a": SS_MRR, "op": "product", "b": [SS_SEATS, SS_PPS]},
   {"a": SS_START, "op": "<", "b": SS_RENEW},
   {"a": SS_STATUS, "op": "implies", "in": ["canceled"], "then": SS_CANCELED, "filled": True},
   {"a": SS_STATUS, "op": "implies", "in": ["active", "trialing", "past_due"], "then": SS_CANCELED, "filled": False}]},

 {"id": "b_saas_invoices",
  "description": "Each row is a monthly invoice for a B2B SaaS customer. It has an invoice number, the customer's "
                 "account name, and the billing period start and end dates (the end is about a month after the "
                 "start). The subtotal is in EUR, between 50 and 20,000. VAT is 20% of the subtotal, and the total "
                 "is subtotal plus VAT. The payment status should be paid, pending or overdue, mostly paid. The "
                 "refunded amount is 0 for most invoices and never more than the total.",
  "expect": [
   {"names": [["invoice", "number"], ["invoice", "id"], ["invoice", "no"], ["invoice"]], "kind": "unique"},
   {"names": [["account", "name"], ["account"], ["customer"], ["company"]], "kind": "label"},
   {"names": SI_START, "kind": "date"},
   {"names": SI_END, "kind": "date"},
   {"names": SI_SUB, "kind": "number", "min": 50, "max": 20000},
   {"names": SI_VAT, "kind": "number", "min": 0, "max": 4000},
   {"names": SI_TOTAL, "kind": "number", "min": 50, "max": 24000},
   {"names": [["payment", "status"], ["status"]], "kind": "weighted", "values": ["paid", "pending", "overdue"], "min": 0.5, "max": 0.95},
   {"names": SI_REFUND, "kind": "number", "min": 0, "max": 24000}],
  "relations": [
   {"a": SI_START, "op": "<", "b": SI_END},
   {"a": SI_TOTAL, "op": "sum", "b": [SI_SUB, SI_VAT]},
   {"a": SI_VAT, "op": "between_ratio", "b": SI_SUB, "min": 0.195, "max": 0.205},
   {"a": SI_REFUND, "op": "<=", "b": SI_TOTAL}]},

 # ------------------------------------------------------------------ telecom / mobile plans
 {"id": "b_telecom_usage",
  "description": "Monthly mobile usage per subscriber\n"
                 "subscriber id\n"
                 "phone number\n"
                 "plan (Basic, Plus or Unlimited)\n"
                 "data used in GB\n"
                 "data cap in GB, set by the plan (Basic 5, Plus 20, Unlimited 500)\n"
                 "minutes used\n"
                 "overage charge in USD\n"
                 "billing date sometime in 2024\n"
                 "total bill between 15 and 150 USD, including the overage charge",
  "expect": [
   {"names": [["subscriber", "id"], ["subscriber"], ["id"]], "kind": "idlike"},
   {"names": [["phone"], ["msisdn"]], "kind": "phone"},
   {"names": TU_PLAN, "kind": "enum", "values": ["Basic", "Plus", "Unlimited"]},
   {"names": [["data", "used"], ["used", "gb"], ["usage"]], "kind": "number", "min": 0, "max": 600},
   {"names": TU_CAP, "kind": "number", "min": 5, "max": 500},
   {"names": [["minutes"], ["minute"]], "kind": "number", "min": 0, "max": 20000},
   {"names": TU_OVER, "kind": "number", "min": 0, "max": 150},
   {"names": [["billing", "date"], ["bill", "date"], ["date"]], "kind": "date_in", "min": "2024-01-01", "max": "2024-12-31"},
   {"names": TU_TOTAL, "kind": "number", "min": 15, "max": 150}],
  "relations": [
   {"a": TU_PLAN, "op": "maps", "b": TU_CAP},
   {"a": TU_OVER, "op": "<=", "b": TU_TOTAL}]},

 {"id": "b_telecom_cdr",
  "description": "CDRs: call_id, caller msisdn, callee msisdn, start_time, end_time, duration_sec, cell_id, call_type voice|sms|data, dropped y/n ~2%",
  "expect": [
   {"names": [["call", "id"], ["id"]], "kind": "unique"},
   {"names": [["caller"], ["calling"], ["a", "number"]], "kind": "phone"},
   {"names": [["callee"], ["called"], ["receiver"], ["b", "number"]], "kind": "phone"},
   {"names": TC_START, "kind": "datetime"},
   {"names": TC_END, "kind": "datetime"},
   {"names": [["duration"]], "kind": "int", "min": 0, "max": 86400},
   {"names": [["cell"], ["tower"]], "kind": "idlike"},
   {"names": [["call", "type"], ["type"]], "kind": "enum", "values": ["voice", "sms", "data"]},
   {"names": [["dropped"]], "kind": "bool_share", "min": 0.003, "max": 0.06}],
  "relations": [
   {"a": TC_START, "op": "<=", "b": TC_END}]},

 # ------------------------------------------------------------------ airlines / flights
 {"id": "b_flight_schedule",
  "description": "Flight schedule (flight number like AA1234, airline, origin and destination airports as 3-letter "
                 "IATA codes, scheduled departure and arrival datetimes with arrival after departure, aircraft type "
                 "e.g. A320, B737, E175, seat capacity between 70 and 400, seats sold never more than capacity, "
                 "delay in minutes, mostly 0)",
  "expect": [
   {"names": [["flight", "number"], ["flight", "no"], ["flight"]], "kind": "regex", "values": [r"[A-Z0-9]{2} ?\d{1,4}"]},
   {"names": [["airline"], ["carrier"]], "kind": "label"},
   {"names": [["origin"], ["departure", "airport"], ["from"]], "kind": "code3"},
   {"names": [["destination"], ["dest"], ["arrival", "airport"], ["to"]], "kind": "code3"},
   {"names": FL_DEP, "kind": "datetime"},
   {"names": FL_ARR, "kind": "datetime"},
   {"names": [["aircraft"], ["equipment"]], "kind": "category"},
   {"names": FL_SOLD, "kind": "int", "min": 0, "max": 400},
   {"names": FL_SEATS, "kind": "int", "min": 70, "max": 400},
   {"names": [["delay"]], "kind": "number", "min": -60, "max": 1440}],
  "relations": [
   {"a": FL_DEP, "op": "<", "b": FL_ARR},
   {"a": FL_SOLD, "op": "<=", "b": FL_SEATS}]},

 {"id": "b_airline_bookings",
  "description": "Each row is a passenger booking with an airline. It has a booking reference of 6 uppercase letters "
                 "and digits (like K7QX2M), the passenger's first name and last name, an email address, and the "
                 "cabin class: economy, premium economy, business or first, mostly economy. The base fare is in USD, "
                 "there is a single taxes-and-fees amount, and the total price is the base fare plus taxes. The "
                 "booking date always comes before the flight date. There is also a cancelled flag, yes or no, "
                 "with about 10% yes.",
  "expect": [
   {"names": [["booking", "reference"], ["booking", "ref"], ["reference"], ["ref"], ["pnr"]], "kind": "regex", "values": [r"[A-Z0-9]{6}"]},
   {"names": [["first"]], "kind": "person_part"},
   {"names": [["last"]], "kind": "person_part"},
   {"names": [["email"]], "kind": "email"},
   {"names": [["cabin"], ["class"]], "kind": "weighted", "values": ["economy", "premium economy", "business", "first"], "min": 0.4, "max": 0.95},
   {"names": AB_FARE, "kind": "number", "min": 20, "max": 20000},
   {"names": AB_TAX, "kind": "number", "min": 0, "max": 3000},
   {"names": AB_TOTAL, "kind": "number", "min": 20, "max": 23000},
   {"names": AB_BOOKED, "kind": "date"},
   {"names": AB_FLIGHT, "kind": "date"},
   {"names": [["cancelled"], ["canceled"]], "kind": "bool_share", "min": 0.04, "max": 0.18}],
  "relations": [
   {"a": AB_TOTAL, "op": "sum", "b": [AB_FARE, AB_TAX]},
   {"a": AB_BOOKED, "op": "<=", "b": AB_FLIGHT}]},

 # ------------------------------------------------------------------ libraries / books
 {"id": "b_library_loans",
  "description": "Library loans\n"
                 "loan ID\n"
                 "member name\n"
                 "book title\n"
                 "ISBN\n"
                 "checkout date\n"
                 "due date (14 days after checkout)\n"
                 "return date (empty while the book is still out)\n"
                 "late fee in USD, up to $20",
  "expect": [
   {"names": [["loan", "id"], ["id"]], "kind": "unique"},
   {"names": [["title"], ["book"]], "kind": "label"},
   {"names": [["member"], ["borrower"], ["patron"]], "kind": "person_part"},
   {"names": [["isbn"]], "kind": "isbn"},
   {"names": LL_CHECKOUT, "kind": "date"},
   {"names": LL_DUE, "kind": "date"},
   {"names": [["late", "fee"], ["fee"], ["fine"]], "kind": "number", "min": 0, "max": 20}],
  "relations": [
   {"a": LL_CHECKOUT, "op": "<", "b": LL_DUE},
   {"a": LL_CHECKOUT, "op": "<=", "b": LL_RETURN}]},

 {"id": "b_library_catalog",
  "description": "Book catalog with titles, authors, genres, publication years, page counts, prices and ratings (about 5% of ratings missing)",
  "expect": [
   {"names": [["title"], ["book"]], "kind": "label"},
   {"names": [["author"]], "kind": "person_part"},
   {"names": [["genre"]], "kind": "category"},
   {"names": [["year"], ["published"], ["publication"]], "kind": "int", "min": 1450, "max": 2026},
   {"names": [["pages"], ["page"]], "kind": "int", "min": 20, "max": 3000},
   {"names": [["price"]], "kind": "number", "min": 0, "max": 300},
   {"names": [["rating"]], "kind": "sparse", "min": 0.02, "max": 0.1, "values": ["number"]}]},

 # ------------------------------------------------------------------ charity donations
 {"id": "b_donations",
  "description": "Charity donations with donor names, donor emails, donation amounts between $5 and $10,000 (mostly "
                 "small), donation dates sometime in 2023, payment method (card, PayPal or bank transfer), campaign "
                 "names, whether the donor opted in to Gift Aid (about 40% yes), the amount refunded, which can "
                 "never exceed the donation, and the net amount (donation minus refund)",
  "expect": [
   {"names": [["email"]], "kind": "email"},
   {"names": [["donor", "name"], ["donor"], ["name"]], "kind": "person_part"},
   {"names": DN_REFUND, "kind": "number", "min": 0, "max": 10000},
   {"names": DN_NET, "kind": "number", "min": 0, "max": 10000},
   {"names": DN_AMOUNT, "kind": "number", "min": 5, "max": 10000},
   {"names": [["donation", "date"], ["date"]], "kind": "date_in", "min": "2023-01-01", "max": "2023-12-31"},
   {"names": [["payment", "method"], ["method"], ["payment"]], "kind": "enum", "values": ["card", "PayPal", "bank transfer"]},
   {"names": [["campaign"]], "kind": "label"},
   {"names": [["gift", "aid"], ["giftaid"]], "kind": "bool_share", "min": 0.25, "max": 0.55}],
  "relations": [
   {"a": DN_REFUND, "op": "<=", "b": DN_AMOUNT},
   {"a": DN_AMOUNT, "op": "sum", "b": [DN_NET, DN_REFUND]}]},

 {"id": "b_charity_events",
  "description": "Charity fundraising events\n"
                 "* event name\n"
                 "* city and country (each city in its real country)\n"
                 "* event date in 2024\n"
                 "* tickets sold, up to 500\n"
                 "* ticket price in GBP\n"
                 "* ticket revenue = tickets sold x ticket price\n"
                 "* sponsorship income\n"
                 "* total raised = ticket revenue + sponsorship",
  "expect": [
   {"names": [["event", "name"], ["event"], ["name"]], "kind": "label"},
   {"names": CE_CITY, "kind": "label"},
   {"names": CE_COUNTRY, "kind": "label"},
   {"names": [["event", "date"], ["date"]], "kind": "date_in", "min": "2024-01-01", "max": "2024-12-31"},
   {"names": CE_SOLD, "kind": "int", "min": 0, "max": 500},
   {"names": CE_PRICE, "kind": "number", "min": 0, "max": 1000},
   {"names": CE_REV, "kind": "number", "min": 0},
   {"names": CE_SPONSOR, "kind": "number", "min": 0},
   {"names": CE_TOTAL, "kind": "number", "min": 0}],
  "relations": [
   {"a": CE_CITY, "op": "maps", "b": CE_COUNTRY},
   {"a": CE_REV, "op": "product", "b": [CE_SOLD, CE_PRICE]},
   {"a": CE_TOTAL, "op": "sum", "b": [CE_REV, CE_SPONSOR]}]},

 # ------------------------------------------------------------------ marketing campaigns / ads
 {"id": "b_ad_campaigns",
  "description": "Ad campaign performance\n"
                 "campaign_id: ids like CMP-001\n"
                 "campaign_name: text, e.g. 'Spring Sale 2024'\n"
                 "channel: one of Google Ads, Facebook, LinkedIn, TikTok\n"
                 "start_date: date in 2024\n"
                 "end_date: date after start_date\n"
                 "budget_eur: number between 1,000 and 50,000 (EUR)\n"
                 "spend_eur: number, never above budget\n"
                 "impressions: integer\n"
                 "clicks: integer, at most impressions\n"
                 "conversions: integer, at most clicks\n"
                 "ctr: clicks / impressions, at most 3 decimals",
  "expect": [
   {"names": [["campaign", "id"], ["id"]], "kind": "regex", "values": [r"CMP-\d{3,}"]},
   {"names": [["campaign", "name"], ["name"]], "kind": "label"},
   {"names": [["channel"]], "kind": "enum", "values": ["Google Ads", "Facebook", "LinkedIn", "TikTok"]},
   {"names": AC_START, "kind": "date_in", "min": "2024-01-01", "max": "2024-12-31"},
   {"names": AC_END, "kind": "date"},
   {"names": AC_BUDGET, "kind": "number", "min": 1000, "max": 50000},
   {"names": AC_SPEND, "kind": "number", "min": 0, "max": 50000},
   {"names": AC_IMPR, "kind": "int", "min": 0},
   {"names": AC_CLICKS, "kind": "int", "min": 0},
   {"names": AC_CONV, "kind": "int", "min": 0},
   {"names": [["ctr"], ["click", "through"]], "kind": "regex", "values": [r"0(\.\d{1,3})?|1(\.0{1,3})?|\.\d{1,3}"]}],
  "relations": [
   {"a": AC_START, "op": "<", "b": AC_END},
   {"a": AC_SPEND, "op": "<=", "b": AC_BUDGET},
   {"a": AC_CLICKS, "op": "<=", "b": AC_IMPR},
   {"a": AC_CONV, "op": "<=", "b": AC_CLICKS}]},

 {"id": "b_ad_clicks",
  "description": "ad click log: ts every 5 minutes, ad_id, user_id, device mobile/desktop/tablet (mostly mobile), country 2-letter code, cpc_usd 0.05-5, converted ~3% yes, revenue_usd only if converted (else empty)",
  "expect": [
   {"names": [["ts"], ["timestamp"], ["time"]], "kind": "regex", "values": [TS_5MIN]},
   {"names": [["ad", "id"], ["ad"]], "kind": "idlike"},
   {"names": [["user", "id"], ["user"]], "kind": "idlike"},
   {"names": [["device"]], "kind": "weighted", "values": ["mobile", "desktop", "tablet"], "min": 0.4, "max": 0.95},
   {"names": [["country"]], "kind": "regex", "values": [r"[A-Z]{2}"]},
   {"names": [["cpc"]], "kind": "number", "min": 0.05, "max": 5},
   {"names": AK_CONV, "kind": "bool_share", "min": 0.005, "max": 0.08}],
  "relations": [
   {"a": AK_CONV, "op": "implies", "in": TRUE, "then": AK_REV, "filled": True},
   {"a": AK_CONV, "op": "implies", "in": FALSE, "then": AK_REV, "filled": False}]},

 # ------------------------------------------------------------------ factory quality control
 {"id": "b_qc_inspections",
  "description": "Each row is a quality-control inspection of one production batch in a factory. It records the "
                 "batch number (like B-2023-0001), the production line (Line 1 to Line 5), the product SKU, the "
                 "inspection timestamp and the inspector's name. It also has the number of units inspected, between "
                 "50 and 500, and the number of defective units, which can't exceed the number inspected. The result "
                 "is pass or fail, and roughly 10% of batches fail. Failed batches have a short failure reason; "
                 "passed batches leave it empty.",
  "expect": [
   {"names": [["batch", "number"], ["batch", "id"], ["batch", "no"], ["batch"]], "kind": "regex", "values": [r"B-\d{4}-\d{4}"]},
   {"names": [["production", "line"], ["line"]], "kind": "enum", "values": ["Line 1", "Line 2", "Line 3", "Line 4", "Line 5"]},
   {"names": [["sku"], ["product"]], "kind": "idlike"},
   {"names": [["timestamp"], ["inspected", "at"], ["inspection", "time"], ["time"]], "kind": "datetime"},
   {"names": [["inspector"]], "kind": "person_part"},
   {"names": QI_INSPECTED, "kind": "int", "min": 50, "max": 500},
   {"names": QI_DEFECTIVE, "kind": "int", "min": 0, "max": 500},
   {"names": QI_RESULT, "kind": "weighted", "values": ["fail", "pass"], "min": 0.04, "max": 0.2}],
  "relations": [
   {"a": QI_DEFECTIVE, "op": "<=", "b": QI_INSPECTED},
   {"a": QI_RESULT, "op": "implies", "in": ["fail"], "then": QI_REASON, "filled": True},
   {"a": QI_RESULT, "op": "implies", "in": ["pass"], "then": QI_REASON, "filled": False}]},

 {"id": "b_qc_sensor",
  "description": "qc sensor feed: ts every 10 s, machine_id M01-M12, part_no, diameter_mm ~25.00 ±0.05 (at most 3 decimals), supply voltage around 120 V, temp_c 18-30, in_tolerance true/false ~95% true",
  "expect": [
   {"names": [["ts"], ["timestamp"], ["time"]], "kind": "regex", "values": [TS_10S]},
   {"names": [["machine", "id"], ["machine"]], "kind": "regex", "values": [r"M(0[1-9]|1[0-2])"]},
   {"names": [["part", "no"], ["part", "number"], ["part"]], "kind": "idlike"},
   {"names": [["diameter"]], "kind": "regex", "values": [r"2[456](\.\d{1,3})?"]},
   {"names": [["voltage"], ["volt"], ["volts"], ["supply"], ["v"]], "kind": "number", "min": 100, "max": 140},
   {"names": [["temp"], ["temperature"]], "kind": "number", "min": 18, "max": 30},
   {"names": [["tolerance"], ["ok"]], "kind": "bool_share", "min": 0.88, "max": 0.995}]},

 # ------------------------------------------------------------------ construction projects
 {"id": "b_construction_projects",
  "description": "Construction projects\n"
                 "- project code like CP-2021-001\n"
                 "- project name\n"
                 "- client company\n"
                 "- city and US state (the city really is in that state)\n"
                 "- project type: residential, commercial or infrastructure\n"
                 "- subtype that belongs to the type (e.g. single-family home, apartment block; office, retail; road, bridge)\n"
                 "- contract value between $250k and $80M\n"
                 "- cost to date (can't exceed the contract value)\n"
                 "- start date and planned completion date (after the start)\n"
                 "- percent complete, 0-100",
  "expect": [
   {"names": [["project", "code"], ["code"], ["project", "id"]], "kind": "regex", "values": [r"CP-\d{4}-\d{3,}"]},
   {"names": [["project", "name"], ["name"]], "kind": "label"},
   {"names": [["client"], ["company"]], "kind": "label"},
   {"names": CP_CITY, "kind": "label"},
   {"names": CP_STATE, "kind": "enum", "values": US_STATES},
   {"names": CP_TYPE, "kind": "enum", "values": ["residential", "commercial", "infrastructure"]},
   {"names": CP_SUBTYPE, "kind": "category"},
   {"names": CP_CONTRACT, "kind": "number", "min": 250000, "max": 80000000},
   {"names": CP_COST, "kind": "number", "min": 0, "max": 80000000},
   {"names": CP_START, "kind": "date"},
   {"names": CP_END, "kind": "date"},
   {"names": [["percent"], ["pct"], ["progress"], ["complete"]], "kind": "number", "min": 0, "max": 100}],
  "relations": [
   {"a": CP_SUBTYPE, "op": "maps", "b": CP_TYPE},
   {"a": CP_CITY, "op": "maps", "b": CP_STATE},
   {"a": CP_COST, "op": "<=", "b": CP_CONTRACT},
   {"a": CP_START, "op": "<", "b": CP_END}]},

 {"id": "b_site_incidents",
  "description": "Construction site safety incidents: incident id, site name, date and time of the incident, severity "
                 "(minor, moderate, severe or fatal; mostly minor), number of injured workers (0-5), lost work days, "
                 "OSHA reportable yes/no, and a short description",
  "expect": [
   {"names": [["incident", "id"], ["id"]], "kind": "unique"},
   {"names": [["site"]], "kind": "label"},
   {"names": [["datetime"], ["timestamp"], ["occurred"], ["date"]], "kind": "date"},
   {"names": [["severity"]], "kind": "weighted", "values": ["minor", "moderate", "severe", "fatal"], "min": 0.4, "max": 0.95},
   {"names": [["injured"], ["injuries"], ["injury"]], "kind": "int", "min": 0, "max": 5},
   {"names": [["lost"], ["days", "lost"]], "kind": "int", "min": 0, "max": 365},
   {"names": [["osha"], ["reportable"]], "kind": "bool"},
   {"names": [["description"], ["desc"], ["summary"]], "kind": "text"}]},

 # ------------------------------------------------------------------ law firm cases
 {"id": "b_law_cases",
  "description": "case_number: like 2023-CV-00123\n"
                 "client_name: person\n"
                 "practice_area: one of litigation, corporate, family, criminal, IP\n"
                 "lead_attorney: person\n"
                 "opened_on: date between 2019 and 2024\n"
                 "closed_on: date after opened_on, empty for open cases\n"
                 "status: open or closed (about 40% open)\n"
                 "billable_hours: number 1-2000\n"
                 "hourly_rate: USD 150-900\n"
                 "fees_billed: billable_hours * hourly_rate",
  "expect": [
   {"names": [["case", "number"], ["case", "no"], ["case", "id"], ["case"]], "kind": "regex", "values": [r"\d{4}-CV-\d{5}"]},
   {"names": [["client"]], "kind": "person_part"},
   {"names": [["practice", "area"], ["practice"], ["area"]], "kind": "enum", "values": ["litigation", "corporate", "family", "criminal", "IP"]},
   {"names": [["attorney"], ["lawyer"]], "kind": "person_part"},
   {"names": LC_OPENED, "kind": "date_in", "min": "2019-01-01", "max": "2024-12-31"},
   {"names": LC_STATUS, "kind": "weighted", "values": ["open", "closed"], "min": 0.25, "max": 0.55},
   {"names": LC_HOURS, "kind": "number", "min": 1, "max": 2000},
   {"names": LC_RATE, "kind": "number", "min": 150, "max": 900},
   {"names": LC_FEES, "kind": "number", "min": 150, "max": 1800000}],
  "relations": [
   {"a": LC_OPENED, "op": "<", "b": LC_CLOSED},
   {"a": LC_STATUS, "op": "implies", "in": ["open"], "then": LC_CLOSED, "filled": False},
   {"a": LC_STATUS, "op": "implies", "in": ["closed"], "then": LC_CLOSED, "filled": True},
   {"a": LC_FEES, "op": "product", "b": [LC_HOURS, LC_RATE]}]},

 {"id": "b_law_time_entries",
  "description": "Law firm time entries: entry id, attorney name, client matter number, work date sometime in 2024, "
                 "hours worked in 0.1 increments up to 12, billing rate in USD, amount billed = hours x rate, and "
                 "activity such as research, drafting, court appearance or client call",
  "expect": [
   {"names": [["entry", "id"], ["id"]], "kind": "unique"},
   {"names": [["attorney"], ["lawyer"]], "kind": "person_part"},
   {"names": [["matter"]], "kind": "idlike"},
   {"names": [["work", "date"], ["date"]], "kind": "date_in", "min": "2024-01-01", "max": "2024-12-31"},
   {"names": LT_HOURS, "kind": "regex", "values": [r"(\d|1[0-2])(\.\d)?"]},
   {"names": LT_RATE, "kind": "number", "min": 100, "max": 1500},
   {"names": LT_AMOUNT, "kind": "number", "min": 0, "max": 18000},
   {"names": [["activity"], ["task"]], "kind": "category"}],
  "relations": [
   {"a": LT_AMOUNT, "op": "product", "b": [LT_HOURS, LT_RATE]}]},

 # ------------------------------------------------------------------ veterinary clinic / pets
 {"id": "b_vet_visits",
  "description": "Veterinary clinic visits with pet names, species, breeds, owner names, visit dates, weights in kg, diagnoses, and bills in USD",
  "expect": [
   {"names": [["pet", "name"], ["pet"], ["animal", "name"]], "kind": "word"},
   {"names": VV_SPECIES, "kind": "category"},
   {"names": VV_BREED, "kind": "label"},
   {"names": [["owner"]], "kind": "person_part"},
   {"names": [["visit", "date"], ["date"]], "kind": "date"},
   {"names": [["weight"]], "kind": "number", "min": 0.02, "max": 120},
   {"names": [["diagnosis"], ["condition"]], "kind": "label"},
   {"names": [["bill"], ["cost"], ["amount"], ["total"], ["charge"]], "kind": "number", "min": 10, "max": 15000}],
  "relations": [
   {"a": VV_BREED, "op": "maps", "b": VV_SPECIES}]},

 {"id": "b_vet_vaccinations",
  "description": "Pet vaccination records (pet ID like PET-00042, species dog or cat, vaccine e.g. rabies, DHPP, FVRCP, "
                 "bordetella, date given sometime in 2023, next due date one to three years later, vet name, clinic "
                 "name, and vaccine lot number)",
  "expect": [
   {"names": [["pet", "id"], ["pet"]], "kind": "regex", "values": [r"PET-\d{5}"]},
   {"names": [["species"]], "kind": "enum", "values": ["dog", "cat"]},
   {"names": [["lot"], ["batch"]], "kind": "idlike"},
   {"names": [["vaccine"]], "kind": "category"},
   {"names": VX_GIVEN, "kind": "date_in", "min": "2023-01-01", "max": "2023-12-31"},
   {"names": VX_DUE, "kind": "date"},
   {"names": [["vet"], ["veterinarian"]], "kind": "person_part"},
   {"names": [["clinic"]], "kind": "label"}],
  "relations": [
   {"a": VX_GIVEN, "op": "<", "b": VX_DUE}]},

 # ------------------------------------------------------------------ gym / fitness
 {"id": "b_gym_members",
  "description": "Each row is a member of a gym chain. It has a member ID, the member's full name and email, and their "
                 "age, which must be 16 or older (up to 80). The membership tier is one of bronze, silver or gold, "
                 "mostly bronze, and the monthly fee is fixed by the tier (bronze 29, silver 49, gold 79 USD). The "
                 "join date is sometime between 2020 and 2024. It also records visits last month (0 to 31) and a "
                 "status of active, frozen or cancelled. Frozen members have a freeze end date; everyone else leaves "
                 "it empty.",
  "expect": [
   {"names": [["member", "id"], ["id"]], "kind": "unique"},
   {"names": [["email"]], "kind": "email"},
   {"names": [["full", "name"], ["name"]], "kind": "person_part"},
   {"names": [["age"]], "kind": "int", "min": 16, "max": 80},
   {"names": GY_TIER, "kind": "weighted", "values": ["bronze", "silver", "gold"], "min": 0.4, "max": 0.9},
   {"names": GY_FEE, "kind": "number", "min": 29, "max": 79},
   {"names": [["join"], ["joined"]], "kind": "date_in", "min": "2020-01-01", "max": "2024-12-31"},
   {"names": [["visits"], ["visit"]], "kind": "int", "min": 0, "max": 31},
   {"names": GY_STATUS, "kind": "enum", "values": ["active", "frozen", "cancelled"]}],
  "relations": [
   {"a": GY_TIER, "op": "maps", "b": GY_FEE},
   {"a": GY_STATUS, "op": "implies", "in": ["frozen"], "then": GY_FREEZE, "filled": True},
   {"a": GY_STATUS, "op": "implies", "in": ["active", "cancelled"], "then": GY_FREEZE, "filled": False}]},

 {"id": "b_gym_workouts",
  "description": "workout log: member_id, date, exercise (squat, bench press, deadlift, overhead press...), sets 1-6, reps 1-20, weight_kg 0-300, volume_kg = sets*reps*weight_kg, rpe 1-10",
  "expect": [
   {"names": [["member", "id"], ["member"]], "kind": "idlike"},
   {"names": [["date"]], "kind": "date"},
   {"names": [["exercise"]], "kind": "category"},
   {"names": GW_SETS, "kind": "int", "min": 1, "max": 6},
   {"names": GW_REPS, "kind": "int", "min": 1, "max": 20},
   {"names": GW_WEIGHT, "kind": "number", "min": 0, "max": 300},
   {"names": GW_VOLUME, "kind": "number", "min": 0, "max": 36000},
   {"names": [["rpe"]], "kind": "number", "min": 1, "max": 10}],
  "relations": [
   {"a": GW_VOLUME, "op": "product", "b": [GW_SETS, GW_REPS, GW_WEIGHT]}]},

 # ------------------------------------------------------------------ concert tickets / events
 {"id": "b_concert_sales",
  "description": "Concert ticket sales: order ids like ORD-0001, artist names, venue names, city, show date sometime "
                 "in 2025, purchase date before the show, seat section (floor, lower bowl, upper bowl or VIP), "
                 "quantity 1 to 8, ticket price in USD between 35 and 900, a subtotal equal to quantity x price, "
                 "booking fees, and an order total equal to subtotal + fees",
  "expect": [
   {"names": [["order", "id"], ["order"]], "kind": "regex", "values": [r"ORD-\d{4,}"]},
   {"names": [["artist"], ["performer"], ["band"]], "kind": "text"},
   {"names": [["venue"]], "kind": "label"},
   {"names": [["city"]], "kind": "label"},
   {"names": CO_SHOW, "kind": "date_in", "min": "2025-01-01", "max": "2025-12-31"},
   {"names": CO_PURCHASE, "kind": "date"},
   {"names": [["section"], ["seat"]], "kind": "enum", "values": ["floor", "lower bowl", "upper bowl", "VIP"]},
   {"names": CO_QTY, "kind": "int", "min": 1, "max": 8},
   {"names": CO_PRICE, "kind": "number", "min": 35, "max": 900},
   {"names": CO_SUB, "kind": "number", "min": 35, "max": 7200},
   {"names": CO_FEES, "kind": "number", "min": 0, "max": 1500},
   {"names": CO_TOTAL, "kind": "number", "min": 35, "max": 9000}],
  "relations": [
   {"a": CO_SUB, "op": "product", "b": [CO_QTY, CO_PRICE]},
   {"a": CO_TOTAL, "op": "sum", "b": [CO_SUB, CO_FEES]},
   {"a": CO_PURCHASE, "op": "<=", "b": CO_SHOW}]},

 {"id": "b_festival_checkins",
  "description": "Music festival gate check-ins on 12 July 2024\n"
                 "* ticket barcode, 12 digits, unique\n"
                 "* attendee first name and last name\n"
                 "* ticket type: general, VIP or backstage, with roughly 10% VIP\n"
                 "* wristband colour set by the ticket type (colours like red, green, blue)\n"
                 "* gate: one of North, South, East, West\n"
                 "* check-in time between 16:00 and 23:59 that day\n"
                 "* attendee age, must be 21 or older",
  "expect": [
   {"names": [["barcode"], ["ticket", "id"], ["ticket", "number"]], "kind": "regex", "values": [r"\d{12}"]},
   {"names": [["first"]], "kind": "person_part"},
   {"names": [["last"]], "kind": "person_part"},
   {"names": FC_TYPE, "kind": "weighted", "values": ["VIP", "general", "backstage"], "min": 0.05, "max": 0.18},
   {"names": FC_WRIST, "kind": "category"},
   {"names": [["gate"]], "kind": "enum", "values": ["North", "South", "East", "West"]},
   {"names": [["check", "in"], ["checkin"], ["time"]], "kind": "regex",
    "values": [r"(2024-07-12[T ])?(1[6-9]|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?"]},
   {"names": [["age"]], "kind": "int", "min": 21, "max": 100}],
  "relations": [
   {"a": FC_TYPE, "op": "maps", "b": FC_WRIST}]},

 # ------------------------------------------------------------------ cryptocurrency trades
 {"id": "b_crypto_trades",
  "description": "Crypto exchange trades\n"
                 "trade_id: uuid\n"
                 "executed_at: datetime, every few seconds during March 2024\n"
                 "pair: one of BTC/USDT, ETH/USDT, SOL/USDT\n"
                 "side: buy or sell\n"
                 "price: in USDT, realistic for the pair\n"
                 "quantity: base amount, at most 8 decimals\n"
                 "notional: price * quantity\n"
                 "fee: 0.1% of notional\n"
                 "exchange: e.g. Binance, Coinbase, Kraken",
  "expect": [
   {"names": [["trade", "id"], ["id"]], "kind": "uuid"},
   {"names": [["executed"], ["timestamp"], ["time"]], "kind": "date_in", "min": "2024-03-01", "max": "2024-03-31"},
   {"names": [["pair"], ["symbol"]], "kind": "enum", "values": ["BTC/USDT", "ETH/USDT", "SOL/USDT"]},
   {"names": [["side"]], "kind": "enum", "values": ["buy", "sell"]},
   {"names": CT_PRICE, "kind": "number", "min": 1, "max": 150000},
   {"names": CT_QTY, "kind": "regex", "values": [r"\d+(\.\d{1,8})?"]},
   {"names": CT_NOTIONAL, "kind": "number", "min": 0},
   {"names": CT_FEE, "kind": "number", "min": 0},
   {"names": [["exchange"], ["venue"]], "kind": "category"}],
  "relations": [
   {"a": CT_NOTIONAL, "op": "product", "b": [CT_PRICE, CT_QTY]},
   {"a": CT_FEE, "op": "between_ratio", "b": CT_NOTIONAL, "min": 0.0005, "max": 0.0015, "share": 0.95}]},

 {"id": "b_crypto_orders",
  "description": "limit orders: order_id, created_at, updated_at (>= created_at), pair e.g. BTC-USD, side buy|sell, limit_px, qty, filled_qty <= qty, status open|partial|filled|cancelled, cancel_reason only when cancelled",
  "expect": [
   {"names": [["order", "id"], ["id"]], "kind": "unique"},
   {"names": CO2_CREATED, "kind": "datetime"},
   {"names": CO2_UPDATED, "kind": "datetime"},
   {"names": [["pair"], ["symbol"]], "kind": "category"},
   {"names": [["side"]], "kind": "enum", "values": ["buy", "sell"]},
   {"names": [["limit", "px"], ["px"], ["limit", "price"], ["price"]], "kind": "number", "min": 0},
   {"names": CO2_FILLED, "kind": "number", "min": 0},
   {"names": CO2_QTY, "kind": "number", "min": 0},
   {"names": CO2_STATUS, "kind": "enum", "values": ["open", "partial", "filled", "cancelled"]}],
  "relations": [
   {"a": CO2_CREATED, "op": "<=", "b": CO2_UPDATED},
   {"a": CO2_FILLED, "op": "<=", "b": CO2_QTY},
   {"a": CO2_STATUS, "op": "implies", "in": ["cancelled"], "then": CO2_REASON, "filled": True},
   {"a": CO2_STATUS, "op": "implies", "in": ["open", "partial", "filled"], "then": CO2_REASON, "filled": False}]},

 # ------------------------------------------------------------------ university research grants
 {"id": "b_research_grants",
  "description": "Each row is a research grant awarded to a university. It has a grant ID like GR-2022-0147, the "
                 "principal investigator's name, and the department (e.g. Physics, Biology, Chemistry, Computer "
                 "Science). The funding agency is NSF, NIH, DOE or a private foundation. The award amount is between "
                 "$20,000 and $3,000,000. There is a start date and an end date 1 to 5 years after the start, and the "
                 "amount spent so far, which must not exceed the award. Indirect costs are 30% of the award amount.",
  "expect": [
   {"names": [["grant", "id"], ["grant"], ["id"]], "kind": "regex", "values": [r"GR-\d{4}-\d{4}"]},
   {"names": [["principal", "investigator"], ["investigator"], ["pi"]], "kind": "person_part"},
   {"names": [["department"], ["dept"]], "kind": "category"},
   {"names": [["agency"], ["funder"], ["sponsor"]], "kind": "category"},
   {"names": RG_INDIRECT, "kind": "number", "min": 0, "max": 1000000},
   {"names": RG_SPENT, "kind": "number", "min": 0, "max": 3000000},
   {"names": RG_AWARD, "kind": "number", "min": 20000, "max": 3000000},
   {"names": RG_START, "kind": "date"},
   {"names": RG_END, "kind": "date"}],
  "relations": [
   {"a": RG_START, "op": "<", "b": RG_END},
   {"a": RG_SPENT, "op": "<=", "b": RG_AWARD},
   {"a": RG_INDIRECT, "op": "between_ratio", "b": RG_AWARD, "min": 0.29, "max": 0.31}]},

 {"id": "b_grant_budget_lines",
  "description": "Grant budget lines\n"
                 "grant id\n"
                 "budget category (personnel, equipment, travel, supplies or indirect)\n"
                 "fiscal year, 2021 to 2025\n"
                 "budgeted amount in USD\n"
                 "actual spend, at most 120% of the budgeted amount\n"
                 "variance = budgeted minus actual",
  "expect": [
   {"names": [["grant", "id"], ["grant"]], "kind": "idlike"},
   {"names": [["budget", "category"], ["category"]], "kind": "enum", "values": ["personnel", "equipment", "travel", "supplies", "indirect"]},
   {"names": [["fiscal", "year"], ["year"], ["fy"]], "kind": "int", "min": 2021, "max": 2025},
   {"names": GB_BUDGETED, "kind": "number", "min": 0},
   {"names": GB_ACTUAL, "kind": "number", "min": 0},
   {"names": GB_VARIANCE, "kind": "number"}],
  "relations": [
   {"a": GB_ACTUAL, "op": "between_ratio", "b": GB_BUDGETED, "min": 0, "max": 1.2},
   {"a": GB_BUDGETED, "op": "sum", "b": [GB_ACTUAL, GB_VARIANCE]}]},

 # ------------------------------------------------------------------ extra domains: coffee shop, utilities, school
 {"id": "b_coffee_orders",
  "description": "coffee shop orders: order_no, ts, drink (latte, espresso, cappuccino, cold brew...), size S/M/L, price, tip 0-30% of price, barista first name, paid card|cash (mostly card)",
  "expect": [
   {"names": [["order", "no"], ["order", "number"], ["order", "id"], ["order"]], "kind": "unique"},
   {"names": [["ts"], ["timestamp"], ["time"]], "kind": "datetime"},
   {"names": [["drink"], ["item"], ["beverage"]], "kind": "label"},
   {"names": [["size"]], "kind": "enum", "values": ["S", "M", "L", "small", "medium", "large"]},
   {"names": CF_PRICE, "kind": "number", "min": 1, "max": 15},
   {"names": CF_TIP, "kind": "number", "min": 0, "max": 5},
   {"names": [["barista"]], "kind": "person_part"},
   {"names": [["paid"], ["payment"], ["method"]], "kind": "weighted", "values": ["card", "cash"], "min": 0.5, "max": 0.95}],
  "relations": [
   {"a": CF_TIP, "op": "between_ratio", "b": CF_PRICE, "min": 0, "max": 0.3}]},

 {"id": "b_utility_bills",
  "description": "Household electricity bills with account number, customer name, street address, city, state, zip "
                 "code, phone number (about 10% missing), billing period start and end, kWh used, rate per kWh "
                 "around $0.15, and the amount due between $30 and $400",
  "expect": [
   {"names": [["account", "number"], ["account", "no"], ["account"]], "kind": "idlike"},
   {"names": [["customer", "name"], ["customer"], ["name"]], "kind": "person_part"},
   {"names": [["address"], ["street"]], "kind": "text"},
   {"names": UB_CITY, "kind": "label"},
   {"names": UB_STATE, "kind": "enum", "values": US_STATES},
   {"names": [["zip"], ["zipcode"], ["postal"]], "kind": "zip"},
   {"names": [["phone"]], "kind": "sparse", "min": 0.05, "max": 0.16, "values": ["phone"]},
   {"names": UB_START, "kind": "date"},
   {"names": UB_END, "kind": "date"},
   {"names": [["rate"]], "kind": "number", "min": 0.05, "max": 0.5},
   {"names": [["kwh", "used"], ["usage"], ["kwh"]], "kind": "number", "min": 0, "max": 5000},
   {"names": [["amount", "due"], ["amount"], ["total"]], "kind": "number", "min": 30, "max": 400}],
  "relations": [
   {"a": UB_START, "op": "<", "b": UB_END},
   {"a": UB_CITY, "op": "maps", "b": UB_STATE}]},

 {"id": "b_school_pupils",
  "description": "School pupils\n"
                 "student id\n"
                 "first name\n"
                 "last name\n"
                 "age (5-18)\n"
                 "grade level\n"
                 "math score 0-100 (whole numbers)\n"
                 "letter grade from the math score (A 90+, B 80-89, C 70-79, D 60-69, F below 60)\n"
                 "parent email",
  "expect": [
   {"names": [["student", "id"], ["id"]], "kind": "unique"},
   {"names": [["first"]], "kind": "person_part"},
   {"names": [["last"]], "kind": "person_part"},
   {"names": [["age"]], "kind": "int", "min": 5, "max": 18},
   {"names": SC_LETTER, "kind": "enum", "values": ["A", "B", "C", "D", "F"]},
   {"names": [["grade", "level"], ["year", "group"], ["level"]], "kind": "category"},
   {"names": SC_SCORE, "kind": "int", "min": 0, "max": 100},
   {"names": [["parent", "email"], ["email"]], "kind": "email"}],
  "relations": [
   {"a": SC_SCORE, "op": "maps", "b": SC_LETTER}]},
]
