package news

import "strings"

// learnGenders notes the gender of the people of an article from the
// article itself: an honorific before a name (Mr., Ms., Mrs.), or a
// sentence that names one person and then refers back with he, his, him
// or she, her. Conflicting evidence leaves a person's gender unknown.
// The pronouns "he" and "she" are then resolved only to people of a
// compatible gender.
func (d *qdoc) learnGenders() {
	d.gender = map[string]byte{}
	conflict := map[string]bool{}
	set := func(name string, g byte) {
		if old, ok := d.gender[name]; ok && old != g {
			conflict[name] = true
		}
		d.gender[name] = g
	}
	for _, t := range d.texts {
		if t.para == InHeadline {
			continue
		}
		for _, sent := range t.sents {
			d.sentenceGender(t, sent, set)
		}
	}
	for name := range conflict {
		delete(d.gender, name)
	}
}

// sentenceGender looks for the gender evidence of one sentence.
func (d *qdoc) sentenceGender(t *qtext, sent tokRange, set func(string, byte)) {
	who, people := "", 0
	for i := sent.from; i < sent.to; i++ {
		if r := t.runAt(i); r >= 0 && t.runs[r].from == i {
			run := t.runs[r]
			if run.weak || run.possessive {
				continue
			}
			s := d.resolveRun(t, r)
			if s.kind != Person {
				continue
			}
			switch strings.TrimSuffix(t.word(run.from), ".") {
			case "Mr":
				set(s.name, 'm')
			case "Mrs", "Ms", "Miss":
				set(s.name, 'f')
			}
			if s.name != who {
				people++
				who = s.name
			}
			continue
		}
		if g := pronounGender(t.word(i)); g != 0 && t.toks[i].kind == tkWord {
			if people == 1 {
				set(who, g)
			}
			return
		}
	}
}

// pronounGender returns 'm' or 'f' for a gendered pronoun, else 0.
func pronounGender(w string) byte {
	for _, p := range [...]string{"he", "his", "him", "himself"} {
		if lowerIs(w, p) {
			return 'm'
		}
	}
	for _, p := range [...]string{"she", "her", "hers", "herself"} {
		if lowerIs(w, p) {
			return 'f'
		}
	}
	return 0
}

// genderFits reports whether speaker s may be referred to by pronoun p:
// what the article says of the person, else what the first name says.
func (d *qdoc) genderFits(s speaker, p string) bool {
	g, ok := d.gender[s.name]
	if !ok {
		g = firstNameGender(s.name)
	}
	return g == 0 || g == pronounGender(p)
}

// firstNameGender returns 'm' or 'f' when the first word of a full name
// is a common first name of that gender, else 0.
func firstNameGender(name string) byte {
	first, _, ok := strings.Cut(name, " ")
	if !ok {
		return 0
	}
	switch {
	case maleNames()[first]:
		return 'm'
	case femaleNames()[first]:
		return 'f'
	}
	return 0
}

// maleNames and femaleNames are the 400 most common first names of each
// sex in the US Census 1990 name files (public domain), without those
// common for both.
var maleNames = lazySet(`
James John Robert Michael William David Richard Charles Joseph Thomas Christopher Daniel Paul
Mark Donald George Kenneth Steven Edward Brian Ronald Anthony Kevin Jason Matthew Gary Timothy
Jose Larry Jeffrey Frank Scott Eric Stephen Andrew Raymond Gregory Joshua Jerry Dennis Walter
Patrick Peter Harold Douglas Henry Carl Arthur Ryan Roger Joe Juan Jack Albert Jonathan Justin
Gerald Keith Samuel Ralph Lawrence Nicholas Roy Benjamin Bruce Brandon Adam Harry Fred Wayne
Billy Steve Louis Jeremy Aaron Randy Howard Eugene Carlos Russell Bobby Victor Martin Ernest
Phillip Todd Jesse Craig Alan Clarence Sean Philip Johnny Earl Jimmy Antonio Danny Bryan Tony
Luis Mike Stanley Leonard Nathan Dale Manuel Rodney Curtis Norman Allen Marvin Vincent Glenn
Jeffery Travis Jeff Chad Jacob Melvin Alfred Kyle Bradley Jesus Herbert Frederick Ray Joel Edwin
Don Eddie Ricky Troy Randall Barry Alexander Bernard Mario Leroy Francisco Marcus Micheal
Theodore Clifford Miguel Oscar Jay Jim Tom Calvin Alex Jon Ronnie Bill Lloyd Tommy Leon Derek
Warren Darrell Jerome Floyd Leo Alvin Tim Wesley Gordon Dean Greg Jorge Dustin Pedro Derrick Dan
Lewis Zachary Corey Herman Maurice Vernon Roberto Clyde Glen Hector Shane Ricardo Sam Rick
Lester Brent Ramon Charlie Tyler Gilbert Gene Marc Reginald Ruben Brett Nathaniel Rafael Edgar
Milton Raul Ben Chester Cecil Duane Franklin Andre Elmer Brad Gabriel Ron Mitchell Roland Arnold
Harvey Jared Karl Cory Claude Erik Darryl Neil Javier Fernando Clinton Ted Mathew Tyrone Darren
Lonnie Lance Cody Julio Kurt Allan Nelson Guy Clayton Hugh Max Dwayne Dwight Armando Felix
Everett Ian Wallace Ken Bob Alfredo Alberto Dave Ivan Sidney Byron Julian Isaac Morris Clifton
Willard Daryl Ross Virgil Andy Marshall Salvador Perry Kirk Sergio Seth Kent Terrance Eduardo
Terrence Enrique Wade Austin Stuart Fredrick Arturo Alejandro Joey Nick Luther Wendell Jeremiah
Evan Julius Otis Trevor Oliver Luke Homer Gerard Doug Kenny Hubert Angelo Shaun Lyle Matt
Alfonso Orlando Rex Carlton Ernesto Cameron Neal Pablo Lorenzo Omar Wilbur Blake Grant Horace
Roderick Abraham Willis Rickey Andres Cesar Johnathan Malcolm Rudolph Damon Kelvin Rudy Preston
Alton Archie Marco Wm Pete Randolph Garry Geoffrey Jonathon Felipe Gerardo Ed Dominic Delbert
Colin Guillermo Earnest Lucas Benny Spencer Rodolfo Myron Edmund Garrett Salvatore Cedric Lowell
Gregg Sherman Wilson Sylvester Roosevelt Israel Jermaine`)

var femaleNames = lazySet(`
Mary Patricia Linda Barbara Elizabeth Jennifer Maria Susan Margaret Dorothy Lisa Nancy Karen
Betty Helen Sandra Donna Carol Ruth Sharon Michelle Laura Sarah Kimberly Deborah Jessica Shirley
Cynthia Angela Melissa Brenda Amy Anna Rebecca Virginia Kathleen Pamela Martha Debra Amanda
Stephanie Carolyn Christine Marie Janet Catherine Frances Ann Joyce Diane Alice Julie Heather
Teresa Doris Gloria Evelyn Cheryl Mildred Katherine Joan Ashley Judith Rose Janice Nicole Judy
Christina Kathy Theresa Beverly Denise Tammy Irene Jane Lori Rachel Marilyn Andrea Kathryn
Louise Sara Anne Jacqueline Wanda Bonnie Julia Ruby Lois Tina Phyllis Norma Paula Diana Annie
Lillian Emily Peggy Crystal Gladys Rita Dawn Connie Florence Edna Tiffany Carmen Rosa Cindy
Grace Wendy Victoria Edith Sherry Sylvia Josephine Thelma Sheila Ethel Ellen Elaine Marjorie
Carrie Charlotte Monica Esther Pauline Emma Juanita Anita Rhonda Hazel Amber Eva Debbie April
Clara Lucille Joanne Eleanor Valerie Danielle Megan Alicia Suzanne Michele Gail Bertha Darlene
Veronica Jill Erin Geraldine Lauren Cathy Joann Lorraine Sally Regina Erica Beatrice Dolores
Bernice Audrey Yvonne Annette June Samantha Ana Renee Ida Vivian Roberta Holly Brittany Melanie
Loretta Yolanda Jeanette Laurie Katie Kristen Vanessa Alma Sue Elsie Beth Jeanne Vicki Carla
Tara Rosemary Eileen Terri Gertrude Lucy Tonya Ella Wilma Gina Kristin Natalie Agnes Vera
Charlene Bessie Delores Melinda Pearl Arlene Maureen Colleen Allison Tamara Joy Georgia
Constance Lillie Claudia Marcia Tanya Nellie Minnie Marlene Heidi Glenda Lydia Viola Marian
Stella Caroline Dora Jo Vickie Mattie Maxine Irma Mabel Marsha Myrtle Lena Christy Deanna Patsy
Hilda Gwendolyn Jennie Nora Margie Nina Cassandra Leah Penny Kay Priscilla Naomi Carole Brandy
Olga Dianne Leona Jenny Felicia Sonia Miriam Velma Becky Violet Kristina Toni Misty Mae Shelly
Daisy Ramona Sherri Erika Katrina Claire Lindsay Geneva Belinda Margarita Sheryl Cora Faye Ada
Natasha Sabrina Isabel Marguerite Hattie Harriet Molly Cecilia Kristi Brandi Blanche Rosie
Joanna Iris Eunice Angie Inez Lynda Madeline Amelia Alberta Genevieve Monique Jodi Janie Maggie
Kayla Sonya Kristine Candace Fannie Maryann Opal Alison Yvette Melody Luz Susie Olivia Flora
Shelley Kristy Mamie Lula Lola Verna Beulah Antoinette Candice Juana Jeannette Pam Kelli Hannah
Bridget Karla Celia Latoya Patty Shelia Gayle Della Vicky Lynne Sheri Marianne Kara Jacquelyn
Erma Blanca Myra Leticia Krista Roxanne Angelica Robyn Adrienne Rosalie Alexandra Brooke Bethany
Sadie Bernadette`)
