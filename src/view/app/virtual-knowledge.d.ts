declare module 'virtual:wechat-knowledge' {
  import type { Knowledge } from '../../decode/knowledge/types';
  const knowledge: Knowledge;
  export default knowledge;
}
