import { Route, Routes } from 'react-router';
import { i18n } from '../i18n/index.ts';
import { BuilderPage } from './builder-page.tsx';
import { addDesignMessages } from './messages/index.ts';
import { SurveyList } from './survey-list.tsx';

addDesignMessages(i18n);

/** Design, for staff: the survey list with "start a survey" at `/design`, the builder at `/design/:surveyId`. */
export function DesignPage() {
  return (
    <Routes>
      <Route index element={<SurveyList />} />
      <Route path=":surveyId" element={<BuilderPage />} />
    </Routes>
  );
}
