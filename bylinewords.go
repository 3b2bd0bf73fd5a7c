package news

import (
	"strings"
	"sync"
)

// A bylineClass is the set of word lists a byline word is in.
type bylineClass uint32

const (
	bcRole       bylineClass = 1 << iota // heads a role: "editor", "correspondent"
	bcMod                                // qualifies a role: "senior", "political"
	bcJunk                               // page furniture or a label: "share", "author"
	bcOther                              // a credit that is not authorship: "editing"
	bcStop                               // starts an update note: "updated"
	bcStopNext                           // starts one before a stop word: "last"
	bcTime                               // a time word: "ago", "pm"
	bcZone                               // a time zone when in capitals: "ET"
	bcMonth                              // a month
	bcWeekday                            // a weekday
	bcFunc                               // a function word: "the", "of", "in"
	bcHonor                              // an honorific: "Dr", "Mrs"
	bcSuffix                             // a generational suffix: "Jr", "III"
	bcParticle                           // a surname particle when lower case: "van"
	bcConn                               // joins two names: "and", "und"
	bcLowerOnly                          // has classes only when lower case: "y", "a"
	bcBy                                 // "by" and its translations
	bcByStart                            // "by" only at the start: "From", "Von"
	bcOrg                                // ends an outlet's name: "Times", "News"
	bcPlaceStart                         // starts a place name: "New", "San"
	bcPlaceEnd                           // ends a place name: "City", "County"
	bcStaff                              // ends a staff credit: "Staff", "Desk"
	bcAbbrev                             // keeps its period: "Jr.", "Nov."
	bcWire                               // a one-word agency cut out of a name: "AP"
	bcCred                               // a credential after a name: "PhD" (by case)
	bcHonorDot                           // an honorific when printed with a period: "Sen."
	bcRoleAdj                            // a role word never in a name: "special", "senior"
)

// bylineTables are the read-only word lists of byline reading.
type bylineTables struct {
	words     map[string]bylineClass // keyed by bylineKey
	lowerOnly map[string]bylineClass // classes of bcLowerOnly words
	creds     map[string]bool        // credentials as written and in capitals
	agencies  map[string][][]string  // agency and staff phrases by first word
}

// bylineData returns the word lists, built on first use.
var bylineData = sync.OnceValue(func() *bylineTables {
	d := &bylineTables{
		words:     make(map[string]bylineClass, 1024),
		lowerOnly: map[string]bylineClass{"y": bcConn, "e": bcConn, "i": bcConn, "и": bcConn, "ja": bcConn, "a": bcFunc},
		creds:     make(map[string]bool, 160),
		agencies:  make(map[string][][]string, 128),
	}
	for _, l := range bylineLists() {
		for w := range strings.FieldsSeq(l.words) {
			d.words[w] |= l.class
		}
	}
	for w := range d.lowerOnly {
		d.words[w] |= bcLowerOnly
	}
	for c := range strings.FieldsSeq(`PhD MD DO MS MA MBA MPH MSc BSc BA BS MEd EdD PsyD PharmD DPT DNP
		RD RDN LD LDN CDN CDE CDCES RN BSN MSN NP FNP APRN CRNA PA PA-C DDS DMD DVM JD LLB LLM Esq CPA
		CFA CFP ChFC CLU CSCS CPT LCSW LMFT LPC MSW MFA MPA MPP FACS FACP FACC FAAP FAAD FRCP FRCS MRCP
		MBBS MBChB OBE MBE CBE KBE DBE FRS IBCLC CHES CNS RPh OTR ATC`) {
		d.creds[c], d.creds[strings.ToUpper(c)] = true, true
	}
	for ph := range strings.SplitSeq(bylineAgencyPhrases, "|") {
		ws := strings.Fields(ph)
		d.agencies[ws[0]] = append(d.agencies[ws[0]], ws[1:])
	}
	return d
})

// bylineAgencyLen returns how many words at the start of ts name an agency
// or a staff credit, the longest match, or 0.
func bylineAgencyLen(ts []bylineToken) int {
	if len(ts) == 0 || ts[0].kind != btWord {
		return 0
	}
	best := 0
	for _, rest := range bylineData().agencies[ts[0].key] {
		if len(rest) < best || len(rest) >= len(ts) {
			continue
		}
		k := 0
		for k < len(rest) && ts[k+1].kind == btWord && ts[k+1].key == rest[k] {
			k++
		}
		if k == len(rest) {
			best = len(rest) + 1
		}
	}
	return best
}

// bylineAgencyPhrases are wire agencies and staff credits, in lower case
// without periods, separated by "|".
const bylineAgencyPhrases = `associated press|ap|ap news|reuters|thomson reuters|reuters staff|afp|
agence france-presse|agence france presse|france-presse|france presse|afp staff|bloomberg|
bloomberg news|pa|pa media|pa wire|pa news agency|press association|dpa|deutsche presse-agentur|
xinhua|xinhua news agency|xinhua news|efe|agencia efe|europa press|ansa|kyodo|kyodo news|jiji|
jiji press|yonhap|yonhap news agency|yonhap news|upi|united press international|cnn wire|
cnn wire staff|tass|ria novosti|interfax|anadolu|anadolu agency|pti|press trust of india|ians|ani|
aap|australian associated press|canadian press|cp|bernama|antara|dow jones|dow jones newswires|
business wire|pr newswire|globe newswire|globenewswire|accesswire|tribune news service|
tribune content agency|new york times news service|washington post news service|
kaiser health news|khn|lusa|belga|anp|ntb|apa|sda|keystone-sda|ctk|pap|mti|bta|ukrinform|unian|
agi|adnkronos|notimex|sputnik|news agencies|agencies|agency reports|wire reports|wire report|
wire services|wire service|wires|newswires|news wires|wire staff|staff|staff reporter|
staff reporters|staff writer|staff writers|staff report|staff reports|staffers|editorial board|
editorial staff|editorial team|editorial|editors|news desk|newsdesk|web desk|online desk|
digital desk|sports desk|city desk|metro desk|business desk|desk|news service|newsroom|
our correspondent|our correspondents|our reporter|our bureau|special correspondent|correspondent|
team|web team|news team|digital team|admin|administrator|anonymous|unknown|guest|guest author|
guest contributor|redaction|rédaction|la rédaction|redaktion|redazione|la redazione|redacción|
la redacción|redação|redactie|agencias|agences|agenturen`

// A bylineList is one word list: words in lower case, without periods.
type bylineList struct {
	class bylineClass
	words string
}

// bylineLists returns the word lists of byline reading.
func bylineLists() []bylineList {
	return []bylineList{
		{bcRole, `editor editors writer writers reporter reporters correspondent correspondents
			contributor contributors columnist columnists journalist journalists producer producers
			analyst analysts photographer photographers photojournalist critic critics blogger
			bloggers anchor host intern fellow researcher commentator reviewer strategist economist
			director manager chief staffer founder cofounder ceo president professor lecturer
			scientist attorney lawyer redakteur redakteurin korrespondent korrespondentin periodista
			redactor redactora corresponsal enviado enviada columnista journaliste rédacteur
			rédactrice correspondant correspondante envoyé envoyée chroniqueur chroniqueuse
			giornalista inviato inviata corrispondente redattore redattrice jornalista repórter
			correspondente colunista 記者 记者 기자 특파원 特派員`},
		{bcMod, `senior staff chief deputy associate assistant managing executive contributing
			special spécial spéciale especial speciale national political politics foreign business tech technology science health
			sports sport investigative data digital news opinion guest freelance lead principal
			global international regional local metro city features feature culture arts
			entertainment food travel climate environment environmental energy markets market
			finance financial economics economic economy legal education white house washington
			capitol congressional justice crime courts court security defense defence military
			medical style fashion music film movie television tv books games gaming weather
			breaking weekend night social media audience visual general assignment copy desk
			bureau associated press ap afp wire web online content commerce shopping deals
			product home real estate property auto automotive motoring world europe european asia
			africa china america americas middle east latin pacific uk us personal consumer retail
			wellness lifestyle parenting family religion labor immigration transportation space
			aviation editorial investigations enterprise`},
		{bcJunk, `email e-mail follow following share shares tweet twitter facebook linkedin
			instagram whatsapp reddit pinterest tiktok youtube telegram flipboard bluesky mastodon
			print comment comments subscribe contact bio biography profile view views more all
			posts articles article stories latest author authors autor autores autora auteur
			auteurs autore autori автор see read reading click here newsletter sign menu save
			link links send rss feed about show hide icon avatar opens window tab open bookmark
			gift listen written words story reporting reported text texto texte testo tekst текст
			byline compiled interview additional wrote reply like website homepage 文 撰文 作者
			文字 报道 報導 報道`},
		{bcOther, `editing edited edit photo photos photograph photographs photography pictures
			picture images image illustration illustrations illustrated graphic graphics video
			videos produced production design designed translated translation fact-checked
			factchecked checked reviewed research researched narrated narration animation
			animations map maps cover sponsored presented powered brought supported funded foto
			fotos fotografie fotografía fotografia bild bilder grafik grafiken ilustración
			ilustraciones montage edición 编辑 編集 摄影 攝影 撮影 写真`},
		{bcStop, `updated update published posted modified originally aktualisiert
			veröffentlicht actualizado actualizada publicado publicada publié publiée mis
			aggiornato pubblicato atualizado gepubliceerd bijgewerkt 更新 发布 發布 公開`},
		{bcStopNext, `last first`},
		{bcTime, `am pm ago hours hour hrs hr minutes mins seconds secs days weeks months years
			yesterday today tonight`},
		{bcZone, `et est edt pt pst pdt ct cst cdt mt mst mdt gmt utc bst cet cest ist jst kst
			aest aedt hkt sgt wib msk`},
		{bcMonth, `january february march april may june july august september october november
			december jan feb mar apr jun jul aug sep sept oct nov dec enero febrero marzo abril mayo
			junio julio agosto septiembre setiembre octubre noviembre diciembre januar februar
			märz mai juni juli oktober dezember janvier février mars avril juin juillet août
			septembre octobre novembre décembre gennaio febbraio aprile maggio giugno luglio
			settembre ottobre dicembre`},
		{bcWeekday, `monday tuesday wednesday thursday friday saturday sunday tue tues wed thu
			thur thurs fri sat lunes martes miércoles jueves viernes sábado montag dienstag
			mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi
			samedi dimanche`},
		{bcFunc, `the of for in at on to from an as via en em à au aux im aus bei für sur dans
			pour para desde con sobre`},
		{bcHonor, `mr mrs ms miss mx dr prof sir dame rev reverend hon rabbi fr herr frau mme
			mlle dra sra lic ing dott dottssa`},
		{bcHonorDot, `rep sen gov gen col capt lt sgt maj adm pres`},
		{bcRoleAdj, `special senior contributing guest freelance staff chief deputy associate
			assistant managing executive`},
		{bcSuffix, `jr jnr sr snr ii iii iv`},
		{bcParticle, `van von der den de del della delle dei degli di da do dos das du le la bin
			ibn al el ter ten zu`},
		{bcConn, `and with und et og och ve plus`},
		{bcBy, `by por par przez بقلم`},
		{bcByStart, `from von di de da door av af`},
		{bcOrg, `news times journal media magazine daily network radio tv television tribune
			herald gazette chronicle finance inc corp ltd llc plc gmbh newswire insider today
			weekly online agency broadcasting channel group review observer telegraph independent
			register bulletin dispatch courier examiner sentinel inquirer monitor mirror express
			mail globe wire press usa businessweek jazeera business politics sports health post
			star bee statesman enquirer advocate record constitution dealer citizen standard
			science tech technology entertainment opinion culture travel food style live life
			lifestyle world markets money weather sport university college institute school
			foundation center centre council association society academy hospital clinic museum
			library laboratory lab labs company corporation partners capital ventures bank fund
			trust party ministry department commission committee`},
		{bcPlaceStart, `new san santa los las st port fort cape mount lake tel abu buenos kuala
			puerto north south east west upper lower greater central`},
		{bcPlaceEnd, `city county beach island islands valley bay springs heights falls republic
			kingdom states coast province region district dc kong lanka rica arabia emirates us
			uk usa`},
		{bcStaff, `staff desk newsroom wire wires newswire newswires team bureau editors reports
			agencies service redaction rédaction redaktion redazione redacción redação redactie`},
		{bcAbbrev, `jr sr dr mr mrs ms mx prof st rev hon esq gen col capt lt sgt maj adm fr mt ft
			jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri
			sat sun inc co corp ltd no vs dra sra lic ing mme mlle sen rep gov pres dott ave`},
		{bcWire, `ap afp upi efe ansa dpa pti ians aap reuters xinhua kyodo yonhap tass interfax
			anadolu bernama antara`},
	}
}
