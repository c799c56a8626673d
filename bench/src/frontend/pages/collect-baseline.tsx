import 'survey-core/survey-core.css';
import { createRoot } from 'react-dom/client';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';

// The baseline collect app: fetch the survey (as kolo's collect route fetches its definition) and
// render it with SurveyJS, saving answers on completion.
const root = document.getElementById('root');
if (!root) throw new Error('no #root element');
void fetch('/survey.json')
  .then((response) => response.json())
  .then((json: unknown) => {
    const model = new Model(json);
    model.onComplete.add((sender) => {
      localStorage.setItem('answers', JSON.stringify(sender.data));
    });
    createRoot(root).render(<Survey model={model} />);
  });
