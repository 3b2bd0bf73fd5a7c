// Package eval measures the news parser against the evaluation corpora in
// ../shared/corpus: the zyte article-body benchmark, our hand labels for
// metadata, quotes and entities, and the GUM entity corpus.
//
// The package reads the corpora and scores plain values. It does not import
// the root package (whose tests import this one): callers convert a
// news.Article into the small input types defined here ([PredMeta],
// [PredQuote], [PredEntity], [GumPred]) and the scoring functions compare
// them with the gold answers.
//
// # Body
//
// [ScoreBody] and [SumBody] implement the metric of corpus/README.md. A
// token is a maximal run of word characters: a letter (unicode.IsLetter), a
// decimal digit (unicode.IsDigit) or '_'. Combining marks (categories Mn, Mc,
// Me) are not word characters, so a mark splits a token; this is the \w class
// of the Python tools the published scores were computed with, and the pages
// are in precomposed form, so it rarely matters. Case is kept.
//
// # Metadata
//
// [ScoreMeta] checks four fields of a labeled page. Text is compared after
// [NormalizeText]: lower case, curly quotes and apostrophes read as straight
// ones, every dash as '-', white space collapsed, and trailing . , ; : ! ? …
// dropped.
//   - headline: equal after normalizing;
//   - authors: the set of predicted names equals the set of gold authors (order
//     and duplicates ignored); gold [] requires no predicted author;
//   - publication: the predicted name equals publication or one of
//     publication_alt, after normalizing and dropping a leading "the";
//   - published date: the YYYY-MM-DD of the predicted time in its own offset is
//     published_date or one of published_date_alt.
//
// A field whose gold value is empty counts as correct only when the prediction
// is empty too; [MetaTally] reports how many gold values were empty.
//
// # Quotes
//
// [ScoreQuotes] follows corpus/README.md. Quote text is compared as lower-case
// word tokens (punctuation ignored) with multiset token F1; a pair matches at
// F1 >= 0.8. Pairs are matched one-to-one, greedily, best F1 first (ties: gold
// order, then predicted order). Gold quotes marked "ignore" take part in the
// matching, so that a predicted quote matching an ignored span (a title, a
// scare quote) counts neither as a true nor a false positive; they are never
// counted as gold. Precision and recall are micro averages over all pages.
// Attribution is the share of matched quotes with a named gold speaker whose
// predicted speaker carries the full gold name: the gold speaker, or a
// speaker_alt of two or more words, appears as whole words (case ignored)
// inside the predicted speaker, so "President Donald Trump" is right for
// "Donald Trump" and "Trump" is wrong. When the gold speaker is an
// organization (one of the page's gold organization entities) every
// speaker_alt is accepted, whatever its length. The partial flag is scored on
// matched quotes.
//
// # Entities
//
// [ScoreEntities] works per document. Names are compared after
// [NormalizeEntityName]: lower case, periods removed, curly apostrophes read
// as straight, white space collapsed, a leading "the " and a trailing "'s"
// removed. A predicted entity of kind person, organization or location is
// compatible with a gold entity of the same kind when any of its name and
// aliases equals any of the gold's. Entities are matched one-to-one by a
// maximum bipartite matching over compatible pairs. A predicted entity left
// unmatched whose name equals a byline author of the page is not counted
// against precision. A gold entity is fragmented when more than one predicted
// entity is compatible with it. Counts are micro-averaged over pages, for all
// kinds and per kind.
//
// # GUM
//
// [LoadGUM] rebuilds each GUM document as paragraphs (sentences of a
// paragraph joined by one space) and gives every entity mention of type
// person, organization or place with its byte span in its paragraph; Named
// marks the mentions listed in mentions_proper.tsv. [ScoreGUM] matches
// predicted mentions (kind location is GUM's place) with relaxed matching: a
// predicted mention matches a gold named mention of the same type when the
// spans overlap (a shared head implies overlap). Matching is one-to-one,
// greedy in gold order, each gold mention taking the first unused overlapping
// prediction. An unmatched prediction that overlaps a gold mention of the same
// type that is not named ("the Nebraska senator") is neutral: it is not
// counted against precision. Cluster purity is the share, over gold clusters
// with at least two matched named mentions, of those whose matched
// predictions all belong to one predicted entity.
package eval
