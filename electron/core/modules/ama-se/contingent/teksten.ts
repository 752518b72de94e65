/** Names and references the AMA SE decisions and statements share (WSE letterhead). */
export const WSE = 'Departement Werk en Sociale Economie';
export const WSE_BEZWAAR = 'het Departement Werk en Sociale Economie, Afdeling Sociale Economie';
export const RECHTSBASIS = 'Decreet van 8 juli 2022 betreffende de werk- en zorgtrajecten; BVR van 18 november 2022, art. 58–68';
