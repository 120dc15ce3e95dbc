"""What a verb in the parse does that makes it a decision (asked by the clause layer): backs a proposal or
takes a stance (`proposals`, `stances`, `in_favour`), decides on the item just put (`decision_on_it`), directs
someone or gives money (`body_frames`), sets a value, makes a plan, sees a change done, wins agreement, or is
done in the passive."""
