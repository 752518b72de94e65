/** Module AMA SE (Departement WSE): contingents, participations, advances, settlement, evaluation. Methods follow with its issue. */
export const amaSeMethods = {};
