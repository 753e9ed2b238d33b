export { launchChromium as launchBrowser } from '../../scripts/chromium';
