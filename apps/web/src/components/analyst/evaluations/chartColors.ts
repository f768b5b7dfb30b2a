/** One colour per configuration, told apart with colour-blindness too (Okabe–Ito, accent first). */
export const CONFIGURATION_COLORS = ['#0a58b0', '#d55e00', '#009e73', '#cc79a7'];

export const GAIN_COLOR = '#1d6b34';
export const LOSS_COLOR = '#a4262c';
