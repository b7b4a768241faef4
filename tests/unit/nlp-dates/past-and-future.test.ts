/**
 * The timeline knows past from future: sentences written for these tests, read on the clock of an article
 * published on Wednesday 13 November 2019. Each row: the sentence and the dates its timeline must hold
 * (the publication entry left out), in text order.
 */
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '@/lib/nlp/dates';
import { splitSentences } from '@/lib/nlp/sentences';

const PUBLISHED = '2019-11-13T14:38';

function datesOf(sentence: string): string[] {
  return extractTimeline(sentence, PUBLISHED, splitSentences(sentence))
    .filter((e) => !e.isPublication)
    .sort((a, b) => a.start - b.start)
    .map((e) => e.date);
}

type Row = [sentence: string, dates: string[]];

function table(rows: Row[]) {
  it.each(rows)('%s', (sentence, dates) => {
    expect(datesOf(sentence)).toEqual(dates);
  });
}

describe('cue words and tense that point forward: the next such day', () => {
  table([
    ['The winners will be announced on Friday.', ['2019-11-15']],
    ['UP NEXT: at Denver, Friday.', ['2019-11-15']],
    ['UP NEXT: vs. Boston, Sunday.', ['2019-11-17']],
    ['Coming up: the final on Saturday.', ['2019-11-16']],
    ['The vote is scheduled for Thursday.', ['2019-11-14']],
    ['Ministers will meet on Monday to discuss the budget.', ['2019-11-18']],
    ['The results are expected on Sunday.', ['2019-11-17']],
    ['The trial is due to begin on Monday.', ['2019-11-18']],
    ['The company plans to release the figures on Thursday.', ['2019-11-14']],
    ['Talks are set to resume on Saturday.', ['2019-11-16']],
    ["She'll give evidence on Tuesday.", ['2019-11-19']],
    ['The shop is going to close on Monday.', ['2019-11-18']],
    ['The minister is expected to resign on Friday.', ['2019-11-15']],
    ['Parliament will be dissolved on Wednesday.', ['2019-11-20']],
    ['The hearing has been postponed until Thursday.', ['2019-11-14']],
    ['The strike is planned for Tuesday.', ['2019-11-19']],
    ['He will be sentenced on Monday.', ['2019-11-18']],
    ['A decision is expected by Friday.', ['2019-11-15']],
    ['Fans will gather in Trafalgar Square on Saturday.', ['2019-11-16']],
    ['The next meeting is on Thursday.', ['2019-11-14']],
    ['The summit will take place on December 3.', ['2019-12-03']],
    ['The band is scheduled to play on January 20.', ['2020-01-20']],
    ['Voters will go to the polls on December 12.', ['2019-12-12']],
    ['The new law will come into force on October 1.', ['2020-10-01']],
    ['Tickets will go on sale on February 1.', ['2020-02-01']],
    ['The results will be published on November 20.', ['2019-11-20']],
    ['The spacecraft is scheduled to launch on March 5.', ['2020-03-05']],
    ['The inquiry will report its findings in January.', ['2020-01']],
    ['The museum will reopen on September 2.', ['2020-09-02']],
    ['The names of the winners will be revealed on Sunday.', ['2019-11-17']],
    ['The regulator is to rule on Friday.', ['2019-11-15']],
  ]);
});

describe('past tense points back: the last such day', () => {
  table([
    ['The team said on Friday that it would appeal.', ['2019-11-08']],
    ['Police arrested two men on Sunday.', ['2019-11-10']],
    ['The attack took place on Monday.', ['2019-11-11']],
    ['Ministers met on Thursday to discuss the budget.', ['2019-11-07']],
    ['The company announced its results on Tuesday.', ['2019-11-12']],
    ['Shares fell sharply on Friday.', ['2019-11-08']],
    ['Protesters gathered outside parliament on Saturday.', ['2019-11-09']],
    ['She resigned on Monday after the vote.', ['2019-11-11']],
    ['The storm hit the coast on Sunday night.', ['2019-11-10']],
    ['Officials confirmed the figures on Tuesday afternoon.', ['2019-11-12']],
    ['The fire broke out on Thursday.', ['2019-11-07']],
    ['He was arrested on Friday.', ['2019-11-08']],
    ['The club sacked its manager on Sunday.', ['2019-11-10']],
    ['Voters rejected the plan on Saturday.', ['2019-11-09']],
    ['The minister spoke to reporters on Monday.', ['2019-11-11']],
    ['The court ruled on Tuesday that the law was lawful.', ['2019-11-12']],
    ['Rescuers found the climbers on Friday.', ['2019-11-08']],
    ['The bank cut interest rates on Thursday.', ['2019-11-07']],
    ['Trading was suspended on Monday.', ['2019-11-11']],
    ['The company had warned on Friday that profits would fall.', ['2019-11-08']],
    ['He told the BBC on Thursday that he would stand.', ['2019-11-07']],
    ['The agency reported the breach on Saturday.', ['2019-11-09']],
    ['Workers walked out on Friday.', ['2019-11-08']],
    ['The singer died on Sunday, aged 82.', ['2019-11-10']],
    ['The verdict came on Tuesday.', ['2019-11-12']],
    ['The team said on October 15 that it would appeal.', ['2019-10-15']],
    ['The report was published on November 20.', ['2018-11-20']],
    ['The company was founded on December 3.', ['2018-12-03']],
    ['He was released from hospital on December 20.', ['2018-12-20']],
    ['The treaty was signed on December 15.', ['2018-12-15']],
    ['The ship left port on December 28.', ['2018-12-28']],
  ]);
});

describe('a month and day without a year: the year that makes the tense true', () => {
  table([
    ['The election will be held on December 12.', ['2019-12-12']],
    ['The law came into force on January 1.', ['2019-01-01']],
    ['The law will come into force on January 1.', ['2020-01-01']],
    ['The building was evacuated on November 2.', ['2019-11-02']],
    ['The final is scheduled for November 30.', ['2019-11-30']],
    ['The ceasefire collapsed on September 28.', ['2019-09-28']],
    ['Talks will resume on February 4.', ['2020-02-04']],
    ['The museum reopened on March 5.', ['2019-03-05']],
    ['She was elected on May 23.', ['2019-05-23']],
    ['The results are due on December 5.', ['2019-12-05']],
    ['Sales began on November 1.', ['2019-11-01']],
    ['The strike will end on November 1.', ['2020-11-01']],
    ['Police said the woman disappeared on August 30.', ['2019-08-30']],
    ['The trial is expected to open on January 14.', ['2020-01-14']],
    ['The deadline is set for March 31.', ['2020-03-31']],
    ['The ban took effect on October 1.', ['2019-10-01']],
    ['The vote will take place on October 31.', ['2020-10-31']],
    ['Fans queued overnight before the shop opened on November 8.', ['2019-11-08']],
    ['Ministers will meet again on November 25.', ['2019-11-25']],
    ['The company reported a loss on April 30.', ['2019-04-30']],
    ['Applications will close on January 31.', ['2020-01-31']],
    ['The bridge collapsed on August 14.', ['2019-08-14']],
    ['The new season starts on December 1.', ['2019-12-01']],
    ['He was sworn in on June 6.', ['2019-06-06']],
    ['The case was adjourned until December 9.', ['2019-12-09']],
    ['The festival, which ended on July 14, drew record crowds.', ['2019-07-14']],
    ['The plant will shut down on 2 February.', ['2020-02-02']],
    ['Campaigning began on 6 November.', ['2019-11-06']],
    ['The next hearing is on 4 December.', ['2019-12-04']],
    ['The hurricane struck on 1 September.', ['2019-09-01']],
    ['Officials expect the bridge to reopen on 15 October.', ['2020-10-15']],
  ]);
});

describe('numbers that are not dates', () => {
  table([
    ['She lives at 1909 Elm Drive in Springfield.', []],
    ['The office is at 2020 Main Street.', []],
    ['The shop moved from 2045 Kings Road to a bigger site.', []],
    ['Police were called to 2016 Oak Avenue.', []],
    ['Critics praised Blade Runner 2049 for its visuals.', []],
    ['He starred in Blade Runner 2049.', []],
    ['The album 1989 sold millions of copies.', []],
    ['He read George Orwell’s 1984 at school.', []],
    ['The service is open 24/7.', []],
    ['Customer support is available 24/7 by phone.', []],
    ['Chelsea won 2-1 at Stamford Bridge.', []],
    ['The final score was 21-14.', []],
    ['The Lakers beat the Celtics 110-102.', []],
    ['The score stood at 1-1 at half-time.', []],
    ['The motion passed 52-48.', []],
    ['Doors open at 7:30 p.m.', []],
    ['The train leaves at 10:45.', []],
    ['She ran the race in 2:04:31.', []],
    ['The firm sold 2019 cars in the quarter.', []],
    ['Room 2018 was booked for the meeting.', []],
    ['Call 0800 555 0199 for help.', []],
    ['The flight number was BA 2019.', []],
    ['The price was $2,019 per month.', []],
    ['Inflation rose to 2.4 per cent.', []],
    ['About 3/4 of the voters agreed.', []],
    ['Bus 2017 leaves from stop 12.', []],
    ['The survey of 2011 adults was published.', []],
    ['The model 2030 is the cheapest on sale.', []],
    ['He scored 2010 points over his career.', []],
    ['The road is known locally as 1800 Drive.', []],
  ]);
});

describe('recurring times and promotions are not moments', () => {
  table([
    ['Sign up for our newsletter, delivered every weekday morning.', []],
    ['The briefing lands in your inbox every weekday.', []],
    ['Get the headlines every morning.', []],
    ['New episodes every Friday.', []],
    ['The market is held every Saturday.', []],
    ['Listen every Sunday at 9am.', []],
    ['The show airs on Mondays.', []],
    ['The museum is closed on Tuesdays.', []],
    ['We publish a digest each Thursday.', []],
    ['The podcast comes out each Wednesday.', []],
    ['Our weekly quiz is published every Friday afternoon.', []],
    ['The newsletter arrives every weekday at 6am.', []],
    ['Free parking on Sundays.', []],
    ['Join us every Monday night for live music.', []],
    ['The column appears on Saturdays.', []],
    ['Bins are collected every other Tuesday.', []],
    ['Trains run every 15 minutes on weekdays.', []],
    ['The gym is open daily.', []],
    ['Watch the bulletin nightly at 10.', []],
    ['A new puzzle every day.', []],
    ['Register to get our morning briefing every weekday.', []],
    ['Classes take place on Wednesdays and Fridays.', []],
    ['The library opens late on Thursdays.', []],
    ['Meetings are held every second Thursday.', []],
    ['The paper is printed every day except Sunday.', []],
    ['The app sends alerts every evening.', []],
    ['Read our weekend edition every Saturday morning.', []],
    ['Our team answers questions each weekday afternoon.', []],
    ['Subscribe and get the digest every Sunday.', []],
    ['The farmers market runs on Saturdays in summer.', []],
  ]);
});

describe('named days are events, not dates in the article’s year', () => {
  table([
    ['The memorial honours the victims of 9/11.', ['2001-09-11']],
    ['Security at airports changed after 9/11.', ['2001-09-11']],
    ['The 9/11 attacks killed nearly 3,000 people.', ['2001-09-11']],
    ['Families of 9/11 victims gathered in New York.', ['2001-09-11']],
    ['He was working in Manhattan on 9/11.', ['2001-09-11']],
    ['Since 9/11, the agency has grown.', ['2001-09-11']],
    ['The 7/7 bombings killed 52 people in London.', ['2005-07-07']],
    ['Survivors of 7/7 met the mayor.', ['2005-07-07']],
    ['The 26/11 attacks shook Mumbai.', ['2008-11-26']],
    ['Veterans gathered to mark D-Day.', []],
    ['The D-Day landings began the liberation of France.', []],
    ['The vote is D-Day for the negotiators.', []],
    ['It is D-Day for the government.', []],
    ['Crowds celebrated VE Day in the streets.', []],
    ['The anniversary of VE Day was marked with parades.', []],
    ['The V-E Day parade drew thousands.', []],
    ['VJ Day ended the war in the Pacific.', []],
    ['Black Monday wiped billions off share prices.', []],
    ['The families still remember Bloody Sunday.', []],
    ['Memories of 9/11 remain raw.', ['2001-09-11']],
    ['The post-9/11 wars cost trillions.', ['2001-09-11']],
    ['The museum tells the story of 9/11.', ['2001-09-11']],
    ['The 7/7 inquest opened in London.', ['2005-07-07']],
    ['Election day is D-Day for the party.', []],
    ['The film recreates D-Day.', []],
    ['VE Day was celebrated with street parties.', []],
    ['The 9/11 Commission published its report.', ['2001-09-11']],
    ['New York remembers 9/11 every year.', ['2001-09-11']],
    ['Black Wednesday forced the pound out of the ERM.', []],
    ['The D-Day veterans were honoured.', []],
  ]);
});
