/** Module samenwerkingsverbanden Zorg (Departement Zorg): mandates, trajectories, compensation. Methods follow with its issue. */
export const swvZorgMethods = {};
