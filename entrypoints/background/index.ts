import { startBackground } from '@/lib/ext/background-service';

export default defineBackground(() => {
  startBackground();
});
