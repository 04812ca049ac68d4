/**
 * Well-known companies that business news names alone ("Alibaba said …", "a deal with Foxconn") and that the
 * @cspell/dict-companies list lacks: large listed and private companies of the world's main markets, written as their
 * one-word names, and a few known by capitals that spell no other common abbreviation. From general knowledge; kept to
 * names that are no English word, place or common given name.
 */
export const WELL_KNOWN_COMPANIES: readonly string[] = (
  // China, Japan, Korea, South-East Asia
  'Alibaba Baidu Pinduoduo Meituan ByteDance NetEase Xpeng Foxconn PetroChina SoftBank Rakuten Nikon Sega Kakao Gojek Tokopedia ' +
  // India
  'Wipro Adani Paytm Zomato Swiggy Mahindra Bajaj Maruti Hindalco Vedanta ' +
  // Europe
  'Equinor Eni Ryanair easyJet Carlsberg Diageo Ikea Inditex Primark Burberry Prada Gucci Kering Chanel Klarna Infineon STMicroelectronics TotalEnergies Atos Ubisoft Aeroflot Norilsk Rusal ' +
  // Americas, Middle East
  'Cigna Wachovia Kmart Albertsons Reebok Moderna BioNTech Teva Robinhood Coinbase Binance Rivian ExxonMobil DoorDash Hyatt Colgate Fitch Anthropic Aramco Qantas Etihad Embraer Ambev Gerdau Itau Femsa Cemex Televisa ' +
  // Names of this decade's news: platforms, chipmakers, carmakers, lenders ("Meta" is a given name too, but news means
  // the company; "SK Hynix" is left to the tagger, which would cut it to "Hynix")
  'Meta Shein Temu Jio Citi Nio Zeekr Leapmotor Lululemon CoreWeave Nebius Ocado Richemont Polestar Scania Orsted Vestas Engie Uniper Nornickel ' +
  'Waymo Anduril Canva Rheinmetall Safran Thales Kellanova Splunk Ansys Kioxia Rapidus Shopee Coupang Nexon Krafton Oppo Haier Midea Pegatron MediaTek ' +
  // Known by their capitals alone
  'BYD CATL TSMC ASML LVMH BASF GSK BHP CNOOC SMIC'
).split(' ');
