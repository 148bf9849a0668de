// Loaded after the first paint: LazyMotion keeps animation code off the first screen.
import { domAnimation } from 'motion/react';
export default domAnimation;
