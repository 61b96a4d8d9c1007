/**
 * Function words of English, German, French and Spanish (the languages of most scraped news),
 * merged: the stopword ratio tells prose from menus and titles in any of them.
 */
const EN = `a about after all also an and any are as at be because been but by can could did do does for from had has have he her his how i if in into is it its just more most no not of on one or our out over said she so some than that the their them then there these they this to up was we were what when which who will with would you your`;
const DE = `aber als am an auch auf aus bei bin bis bist da damit dann das dass dem den der des die dies doch dort du durch ein eine einem einen einer eines er es für gegen hat hatte ich ihr im in ist ja kein man mit nach nicht noch nur oder sich sie sind so über um und uns von vor war waren was wenn werden wie wir wird wurde zu zum zur`;
const FR = `au aux avec ce ces dans de des du elle en est et eux il ils je la le les leur lui mais me même mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sont sur ta te tes toi ton tu un une vos votre vous été être avoir était`;
const ES = `al como con de del el ella ellos en entre era es esta este fue ha hay la las le les lo los más me mi muy no nos o para pero por que se ser si sin sobre son su sus también un una uno y ya está han`;

export const STOPWORDS: ReadonlySet<string> = new Set(`${EN} ${DE} ${FR} ${ES}`.split(/\s+/));
