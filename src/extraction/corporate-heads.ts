// Head words that only end company names: "Wayne Enterprises" is not a person whatever the tagger says.
const CORPORATE_HEADS = new Set(
  (
    'enterprises industries airlines airways motors motor technologies technology systems holdings partners capital energy pharmaceuticals pharma communications electronics foods resources petroleum software labs laboratories networks therapeutics semiconductor semiconductors brands entertainment media financial insurance investments ventures solutions services bancorp biosciences biotech automotive logistics mining steel chemicals healthcare stores retail telecom wireless aerospace coal oil gas iron metals gold mines mining minerals sciences etf bancorp securities corp inc ltd plc llc power electric cables bros ' +
    'ai auto autos robotics dynamics devices instruments materials packaging beverages apparel hotels resorts railways shipping diagnostics biologics pharmaceutical chemical engineering construction properties realty microsystems lines cruises group advisors advisers associates consultants'
  ).split(' '),
);

/** Whether a lower-case word only ends company names ("enterprises", "motors", "inc"). */
export const isCorporateHead = (lower: string) => CORPORATE_HEADS.has(lower);
