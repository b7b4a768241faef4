import { startBackground } from '@/lib/worker/background-service';

export default defineBackground(() => {
  startBackground();
});
