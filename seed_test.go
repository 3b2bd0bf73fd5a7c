package news

// The seed article, ../shared/seeds/000_5c4436813074ef2d.txt, as the
// pipeline hands it to the entity and quote stages: headline, standfirst
// and the eight body paragraphs. It is kept here so that the stage tests
// run without ../shared.
var (
	seedHeadline    = "Beijing demands US explain Huawei spying"
	seedDescription = `Chinese government wants its U.S. counterpart to provide a "clear explanation" over reports the NSA had infiltrated servers operated by Huawei, to spy on the Chinese networking giant's top executives.`
	seedParagraphs  = []string{
		"China has demanded an explanation over reports the US National Security Agency (NSA) had hacked the servers of Chinese telecommunications giant, Huawei Technologies, and spied on its senior executives.",
		`The Chinese Foreign Ministry said the government was "seriously concerned" about allegations the NSA had created backdoors to spy on servers located in Huawei's headquarters, reported China Daily on Tuesday.`,
		"According to documents provided by NSA whistleblower Edward Snowden, the U.S. agency infiltrated the servers in Shenzhen which Huawei said connected a third of the world's population. The NSA then tracked communications of the Chinese vendor's top executives, reported The New York Times over the weekend.",
		"The infiltration was aimed at identifying connections between Huawei and the Chinese government, the report said, but the exercise also looked to exploit the Chinese company's technology so the NSA could monitor equipment sold to other countries.",
		`Huawei, not surprisingly, wasn't too pleased about revelation and condemned the U.S. spying, which it said had led to mistrust in the ICT industry. "Governments should agree among themselves what the acceptable norm of society is in cyberspace. Monitoring, perpetrating private e-mail, and stealing its property is not acceptable," Huawei spokesperson William Plummer said in a Forbes report`,
		`A spokesperson from China's Foreign Ministry, Hong Lei, said during a media briefing Monday the government was concerned about surveillance and spying activities the U.S. had conducted on other countries. "We require the American side to give a clear explanation and stop such behaviors," said Hong.`,
		`Zhu Zhiqun, a professor of political science at Bucknell University, Pennsylvania, said in the China Daily report that the U.S. government had taken to projecting itself as the victim in cyberspying, particularly when China was involved. "But few people with common sense would doubt that the U.S. intelligence has one of the most sophisticated and aggressive espionage networks around the world...so the latest revelation that NSA spied on Huawei and Chinese leaders should not come as a surprise at all," Zhu said .`,
		`Noting the U.S. government officials had repeatedly singled out Huawei over cyberspying allegations, he said it would be interesting to observe how the U.S. government and security experts would now defend the "extensive U.S. espionage in China and elsewhere".`,
	}
)
