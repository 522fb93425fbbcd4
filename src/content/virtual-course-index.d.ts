declare module 'virtual:course-index' {
  import type { CourseIndex } from './course-index-types';
  const index: CourseIndex;
  export default index;
}
