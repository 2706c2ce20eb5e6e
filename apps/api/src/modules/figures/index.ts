/** The figures area: the partnership's protected figures and their exports (002 section 5). */
import './partnership-figures.ts';
import './partnership-figures-export.ts';
