package news

import (
	"strings"
	"sync"
)

// reportingVerbs are the lemmas of verbs that introduce speech or written
// words, after the published lists of Krestel et al., textacy, the Gender
// Gap Tracker and the Guardian/AFP work (see NOTES.md). An entry is a
// lemma, or a lemma and all its forms separated by "|" when they are
// irregular; a two-word entry is a phrasal verb.
const reportingVerbs = `
say|says|said|saying tell|tells|told|telling add explain argue claim insist ask answer
reply respond recount recall remember describe comment continue conclude declare note
underline underscore highlight echo confess bemoan decry condemn denounce reason query threaten
forecast|forecasts|forecasted|forecasting sum_up|sums_up|summed_up|summing_up
stated|stating announce acknowledge admit|admits|admitted|admitting agree warn
urge suggest counter contend maintain assert observe remark report reveal confirm deny
complain lament joke quip|quips|quipped|quipping laugh sigh shout yell scream cry exclaim
whisper mutter grumble boast brag concede caution predict promise vow pledge
swear|swears|swore|sworn|swearing chant sing|sings|sang|sung|singing read|reads
testify emphasize emphasise stress reiterate repeat demand plead|pleads|pleaded|pled|pleading
beg|begs|begged|begging advise recommend propose accuse criticize criticise blast slam|slams|slammed|slamming
praise hail welcome cheer believe think|thinks|thought|thinking feel|feels|felt|feeling
hope fear worry wonder reckon estimate muse reflect elaborate clarify summarize
summarise inform assure reassure remind email text message blog|blogs|blogged|blogging
retort snap|snaps|snapped|snapping interject qMention specify outline allege proclaim
opine posit theorize speculate affirm attest disagree object protest inquire enquire
request instruct brief preach rant gush enthuse marvel recollect reminisce relate
narrate characterize characterise introduce tweet post write|writes|wrote|written|writing
speak|speaks|spoke|spoken|speaking quote cite concur caution implore exhort scoff sneer
growl bark|barks|barked|barking shrug acknowledge insist notify reassert recap recount
point_out weigh_in chime_in go_on|goes_on|went_on|going_on fire_back shoot_back|shoots_back|shot_back|shooting_back
hit_back|hits_back|hitting_back push_back spell_out sound_off call
`

// clauseVerbs are the reporting lemmas that take a clause (X said that
// ...): the ones that report indirect speech.
const clauseVerbs = `say tell add explain argue claim insist note warn announce acknowledge
admit confirm report write state suggest believe think predict estimate reveal stress
emphasize emphasise contend maintain assert recall concede allege declare testify tweet
post point_out complain observe remark conclude caution reiterate agree deny fear hope
worry speculate`

// invertingVerbs may come before their subject: "said Hong", "added
// Lopes", "wrote Taylor". Verbs that take an object do not ("criticised
// the US policy").
var invertingVerbs = lazySet(`say add write ask continue explain reply answer respond tweet post note
observe remark recall conclude insist argue claim counter declare announce warn suggest report
joke quip laugh sigh exclaim retort agree acknowledge admit reiterate recount comment predict
complain confirm concede caution shout yell whisper mutter grumble boast muse offer
underline underscore highlight echo confess reason chime_in weigh_in go_on`)

// inverts reports a form that may come before its subject.
func (f verbForm) inverts() bool {
	return !f.ing && invertingVerbs()[strings.ReplaceAll(f.lemma, " ", "_")]
}

// A verbForm is one inflected form of a reporting verb.
type verbForm struct {
	lemma    string
	particle string // second word of a phrasal verb ("out" of "point out")
	ing      bool   // a present participle: saying, adding
	clause   bool   // the lemma reports indirect speech
	// nounlike marks a form that is also a common noun (a phone call, a
	// Tumblr post): it reports speech only after a name or a pronoun.
	nounlike bool
}

// verbLexicon maps each form of a reporting verb (first word only for a
// phrasal verb) to its description. Built once, read-only after.
var verbLexicon = sync.OnceValue(func() map[string][]verbForm {
	clause := map[string]bool{}
	for _, l := range strings.Fields(clauseVerbs) {
		clause[l] = true
	}
	m := make(map[string][]verbForm, 1200)
	for _, entry := range strings.Fields(reportingVerbs) {
		forms := strings.Split(entry, "|")
		lemma := forms[0]
		if len(forms) == 1 {
			forms = inflect(lemma)
		}
		for _, f := range forms {
			word, particle, _ := strings.Cut(f, "_")
			vf := verbForm{lemma: strings.ReplaceAll(lemma, "_", " "), particle: particle,
				ing: strings.HasSuffix(word, "ing"), clause: clause[lemma], nounlike: nounlikeForms()[word]}
			m[word] = append(m[word], vf)
		}
	}
	return m
})

// inflect returns the base, -s, -ed and -ing forms of a regular verb (or
// of the first word of a phrasal verb "point_out").
func inflect(lemma string) []string {
	verb, particle, _ := strings.Cut(lemma, "_")
	if particle != "" {
		particle = "_" + particle
	}
	s, ed, ing := verb+"s", verb+"ed", verb+"ing"
	n := len(verb)
	last := verb[n-1]
	consonantY := last == 'y' && n > 1 && !strings.ContainsRune("aeiou", rune(verb[n-2]))
	switch {
	case consonantY:
		s, ed = verb[:n-1]+"ies", verb[:n-1]+"ied"
	case strings.HasSuffix(verb, "s") || strings.HasSuffix(verb, "x") || strings.HasSuffix(verb, "sh") ||
		strings.HasSuffix(verb, "ch") || strings.HasSuffix(verb, "z") || strings.HasSuffix(verb, "o"):
		s = verb + "es"
	}
	switch {
	case strings.HasSuffix(verb, "ee"):
		ed = verb + "d"
	case last == 'e':
		ed, ing = verb+"d", verb[:n-1]+"ing"
	}
	return []string{verb + particle, s + particle, ed + particle, ing + particle}
}

// nounlikeForms are verb forms that are also common nouns.
var nounlikeForms = lazySet(`call calls post posts report reports tweet tweets claim claims note
notes comment comments answer answers reply replies promise promises quote quotes text texts email
emails message messages blog blogs cry cries laugh laughs joke jokes shout shouts sigh sighs
statement warning warnings request requests demand demands plea pleas protest protests boast
boasts pledge pledges vow vows cheer cheers praise welcome read reads question questions order
orders estimate estimates remark remarks point points`)

// lazySet returns a function that builds, on first use, the read-only
// set of the space-separated words.
func lazySet(words string) func() map[string]bool {
	return sync.OnceValue(func() map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Fields(words) {
			m[w] = true
		}
		return m
	})
}

// titleWords are capitalized titles and offices that come before a
// name and are not part of it ("NASA Administrator Jim Bridenstine").
var titleWords = lazySet(`President Vice Prime Minister Premier Chancellor Secretary Senator Sen Sen.
	Rep Rep. Representative Congressman Congresswoman Gov Gov. Governor Lt Lt. Lieutenant Mayor
	Judge Justice Attorney General Gen Gen. Admiral Adm. Col Col. Colonel Maj. Major Capt Capt.
	Captain Sgt Sgt. Sergeant Officer Commissioner Administrator Director Chairman Chairwoman
	Chair Chief CEO CFO COO CTO Founder Co-founder Speaker Leader Ambassador Envoy Spokesman
	Spokeswoman Spokesperson Dr Dr. Prof Prof. Professor Mr Mr. Mrs Mrs. Ms Ms. Miss Mx. Sir
	Dame Lord Lady King Queen Prince Princess Pope Rev Rev. Reverend Father Sister Bishop
	Cardinal Rabbi Imam Sheikh Coach Executive Manager Analyst Economist Deputy Assistant
	Associate Senior Inspector Superintendent Sheriff Detective Det. Constable Commander Cmdr.
	Marshal Secretary-General Treasurer Comptroller Editor Dean Provost Principal Host Former
	Acting Interim Chancellor Minister-President Councillor Councilman Councilwoman Alderman
	Delegate Solicitor Magistrate Auditor Trustee Chairperson Co-chair Co-Founder Saint St.
	President-elect Vice-President Lawmaker MP MEP Secretary-general`)

// particles are lowercase words that may stand inside a name.
var nameParticles = lazySet(`de del della der den di da das dos du van von ter ten la le bin ibn al el y zu`)

// nameSuffixes end a name without being its surname.
var nameSuffixes = lazySet(`Jr. Jr Sr. Sr II III IV`)

// orgKeywords make a capitalized name an organization.
var orgKeywords = lazySet(`Ministry Department Agency Office Company Co Co. Corp Corp. Corporation Inc Inc.
	Ltd Ltd. LLC plc PLC GmbH AG SA Group Records Productions Pictures Studios Entertainment
	Media Equities Securities Capital Partners Holdings Industries Technologies Systems Bank Fund
	Reserve University College School Institute Academy Center Centre Hospital Clinic Foundation
	Association Society Council Committee Commission Board Authority Bureau Service Services
	Administration Court Party Union League Federation Coalition Alliance Club Times Post News
	Journal Daily Press Herald Tribune Gazette Magazine Review Network Channel Radio TV
	Television Broadcasting Airlines Airways Motors Pharmaceuticals Labs Laboratory Laboratories
	Army Navy Force Forces Police Guard Parliament Congress Senate Assembly Government Cabinet
	Embassy Church Forum Initiative Organization Organisation Trust Bancorp Insurance Energy
	Communications Telecom Airlines Railways Institution Observatory Museum Library Reuters
	Bloomberg AFP AP BBC CNN NASA FBI CIA NSA WHO NATO EU UN`)

// orgNouns head common-noun phrases that stand for an organization
// ("the company", "the ministry", "the US military").
var orgNouns = lazySet(`company firm ministry agency department government administration office
bank group organization organisation university college school hospital military army navy police
party campaign coalition union council committee commission court network publisher label studio
team club startup retailer airline carrier insurer lender automaker manufacturer maker giant
conglomerate corporation business board authority regulator watchdog foundation charity institute
center centre league federation association embassy parliament congress senate cabinet outlet
newspaper broadcaster channel station website platform service developer producer provider
operator utility chain store brand body force forces prosecutors authorities organisers organizers
legislature`)

// sourceNouns head phrases for a written source ("the statement said").
var sourceNouns = lazySet(`statement report release email letter post tweet study survey poll note
memo filing document documents notice message announcement article complaint lawsuit suit
indictment affidavit ruling transcript video website blog story paper analysis review research
findings assessment order decision verdict`)

// namingWords before a quotation mark it as a name or title, not speech.
var namingWords = lazySet(`called named dubbed titled entitled nicknamed labeled labelled branded
termed christened so-called film movie book novel memoir show series sitcom album song single track
play musical opera episode documentary podcast game magazine newspaper column essay poem painting
exhibition exhibit campaign slogan program programme brand hashtag word words term phrase name
label title nickname motto tagline headline sign banner catchphrase mantra`)

// nominalCues are nouns that report speech ("his announcement that").
var nominalCues = lazySet(`statement announcement remarks remark comments comment words letter tweet
tweets post interview testimony speech email message note release report op-ed column essay
blog video podcast briefing conference filing memo claim claims assertion promise pledge warning
plea appeal call calls vow argument response reply answer complaint accusation allegation
description praise criticism speaking`)

// qSentenceStarters are capitalized words that begin a sentence without
// being a name.
var qSentenceStarters = lazySet(`The A An But And Or So In On At For With From By As After Before
When While If Although Though Since Because This That These Those It He She They We I You His
Her Their Its Our My Your There Here What Who Why How Where Which Some Many Most All Both Each
Every No Not One Two Three Also However Meanwhile Still Yet Then Now Today Yesterday Tomorrow
Last Next Earlier Later According Despite During Under Over About Among Between Instead Even
Only Just More Less Such Other Another Any Several Few Much To Of Once Unlike Like Amid Across
Through Throughout Without Within Upon Toward Towards Against Until Unless Whether Whatever
Whoever Asked Speaking Noting Adding Saying Describing Meanwhile Indeed Moreover Furthermore
Nevertheless Nonetheless Overall Perhaps Maybe Sometimes Often Never Always Already Again
Recently Currently Finally First Second Third Initially Ultimately Eventually Soon Back Elsewhere
Separately Together Similarly Likewise Otherwise Thus Therefore Hence Accordingly Besides
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December Mr Mrs Ms Dr`)

// pronouns that can name a speaker.
var speakerPronouns = lazySet(`he she they it we i you He She They It We I You`)

// npBreakers are lowercase words that cannot stand inside a noun phrase
// that names a speaker.
var npBreakers = lazySet(`that which who whom whose when where while because if to was were is are
be been being has have had will would could should may might can must did does do not never as
than then so but or nor also yet after before during since until unless although though whether
into onto upon about around across against among between through without within over under up
down out off says said told`)

// auxWords may stand between a subject and its reporting verb.
var auxWords = lazySet(`has have had will would could should may might can must did does do also
later then still even previously reportedly recently once further simply flatly quickly repeatedly
publicly privately separately earlier again however already first now just often always never
not tearfully proudly angrily bluntly calmly candidly frankly openly quietly softly loudly
sharply firmly curtly gently happily sadly wryly drily dryly jokingly cheerfully subsequently
initially immediately promptly swiftly gleefully confidently cautiously defiantly emphatically
succinctly mostly partly twice thrice since`)

// npPrepositions may begin a short modifier after the head of a speaker
// phrase ("a spokesperson for the ministry", "Wee of the Times").
var npPrepositions = lazySet(`of for from at with in`)

// coordinators join two verbs of one subject ("and warned", "but added").
var coordinators = lazySet(`and but then or`)

// functionWords are lowercase words that do not head a noun phrase;
// used to tell a quotation that modifies a noun ("a “skinny” deal").
var functionWords = lazySet(`of for from at with in on to by as and or but nor the a an that which
who when where while because if than then so into onto about around after before during since
until over under between among against is are was were be been has have had will would could
should may might can must did does do not said says told according per via`)
