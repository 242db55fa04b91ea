/** What a scenes file skipped, worded: the scenes codec says what and why, the catalogue says it. */
import type { TFunction } from 'i18next';
import { noticeText } from '../../i18n/notices';
import { MAX_SCENE_NAME, type SceneProblem } from '../../state/scenes';

/** One sentence for `problem`, in the language of `t` (the notice of a value in `tShell`'s words). */
export function sceneProblemText(
  t: TFunction<'present'>,
  tShell: TFunction<'shell'>,
  problem: SceneProblem,
): string {
  switch (problem.code) {
    case 'notJson':
    case 'notScenesFile':
      return t(`problems.${problem.code}`);
    case 'unsupportedVersion':
      return t('problems.unsupportedVersion', { version: problem.version });
    case 'otherDataset': {
      const { cities, workshops, partnerships } = problem;
      return cities === null || workshops === null || partnerships === null
        ? t('problems.otherDataset')
        : t('problems.otherDatasetCounts', { cities, workshops, partnerships });
    }
    case 'notScene':
      return t('problems.notScene', { position: problem.position });
    case 'tooManyScenes':
      return t('problems.tooManyScenes', { kept: problem.kept, total: problem.total });
    case 'longName':
      return t('problems.longName', { position: problem.position, max: MAX_SCENE_NAME });
    case 'sceneValue':
      // A scene without a name is named by its place in the list alone.
      return problem.scene === ''
        ? t('problems.sceneValueUnnamed', {
            position: problem.position,
            notice: noticeText(tShell, problem.notice),
          })
        : t('problems.sceneValue', {
            position: problem.position,
            scene: problem.scene,
            notice: noticeText(tShell, problem.notice),
          });
  }
}
