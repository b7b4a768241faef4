/**
 * Past and future in sentence shapes the first table does not use: bare weekdays without "on", cue words
 * at the head of a line, abbreviated months, and numbers in sports, addresses and prices. Sentences written
 * for these tests, read on the clock of an article published on Wednesday 13 November 2019.
 */
import { describe } from 'vitest';
import { table } from './timeline-table';

describe('forward without "will": heads of lines, schedules, bare weekdays', () => {
  table([
    ['Next up: home against Chicago, Saturday.', ['2019-11-16']],
    ['NEXT GAME: Tuesday vs. Miami.', ['2019-11-19']],
    ['Kickoff is Sunday at 1 p.m.', ['2019-11-17']],
    ['The board meets on Thursday.', ['2019-11-14']],
    ['The report on Monday said sales had fallen.', ['2019-11-11']],
    ['Trading resumes on Monday.', ['2019-11-18']],
    ['The exhibition opens Saturday in Leeds.', ['2019-11-16']],
    ['The season starts March 5.', ['2020-03-05']],
    ['He is due in court on Monday.', ['2019-11-18']],
    ['Polls open Thursday morning.', ['2019-11-14']],
    ['The hearing resumes Friday.', ['2019-11-15']],
    ['A funeral will be held Saturday at St Mary’s church.', ['2019-11-16']],
    ['The announcement is expected Friday.', ['2019-11-15']],
    ['Voting ends on Dec. 12.', ['2019-12-12']],
    ['The sale runs until Nov. 30.', ['2019-11-30']],
    ['Entries must be received by Jan. 15.', ['2020-01-15']],
    ['The league will announce the schedule in March.', ['2020-03']],
    ['The ministers are meeting again next Tuesday.', ['2019-11-19']],
  ]);
});

describe('backward: past tense and "last"', () => {
  table([
    ['On Friday, police said the driver had fled.', ['2019-11-08']],
    ['Last Saturday the club held its annual dinner.', ['2019-11-09']],
    ['The company filed for bankruptcy on Oct. 15.', ['2019-10-15']],
    ['The bill passed the Senate Sept. 30.', ['2019-09-30']],
    ['Shares closed lower Monday.', ['2019-11-11']],
    ['The council voted 7-2 on Tuesday to approve the plan.', ['2019-11-12']],
    ['The museum was open Monday despite the strike.', ['2019-11-11']],
    ['Shares did open Friday, but only briefly.', ['2019-11-08']],
    ['The toll from Monday’s quake is still rising.', ['2019-11-11']],
    ['He is recovering after the crash on Sunday.', ['2019-11-10']],
    ['The storm made landfall Aug. 29.', ['2019-08-29']],
    ['The governor signed the bill Friday night.', ['2019-11-08']],
    ['In a statement released Sunday, the family thanked the nurses.', ['2019-11-10']],
    ['The plant closed on Dec. 20 after a fire.', ['2018-12-20']],
  ]);
});

describe('numbers that are not dates, in new shapes', () => {
  table([
    ['The Rangers won 4-3 in overtime.', []],
    ['The bill passed by a vote of 61-39.', []],
    ['He wore the number 2019 on his shirt.', []],
    ['Take Route 2017 north for ten miles.', []],
    ['The flat at 2012 Pine Street sold quickly.', []],
    ['The hotline is staffed 24/7/365.', []],
    ['Tickets cost £20.19 each.', []],
    ['The team finished 10-6 last season.', []],
    ['The ratio was 3:1 in favour.', []],
    ['He watched Space Odyssey 2001 again.', []],
    ['The windows face 12/7 Avenue.', []],
  ]);
});
