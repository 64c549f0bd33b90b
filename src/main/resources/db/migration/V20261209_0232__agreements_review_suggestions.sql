-- The items the minutes reading did not keep but found next most likely, as JSON like items: the review page lists
-- them under "Otros posibles acuerdos" for the reviewer to add in one click; an added one leaves this list.
alter table agreement_review add column suggestions text not null default '[]';
