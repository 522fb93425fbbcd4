import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, expect, test, vi } from 'vitest';
import { initTestI18n } from '../../tests/helpers/i18n';
import type { ExerciseEnvelope } from '../content/schema';
import { ExerciseRunner, type CheckedAnswer } from './exercise-runner';

beforeAll(async () => {
  await initTestI18n();
});

const gapFill = {
  id: 'v1.u00.l01.ex09',
  type: 'gap-fill',
  instructions: { en: 'Complete the sentence.' },
  sentence: { fr: 'Je {1} ghanéen.', en: 'I am Ghanaian.' },
  gaps: [{ accept: { fr: ['suis'] } }],
  explanation: { en: 'être: je suis.' },
} as ExerciseEnvelope;

const setup = () => {
  const onChecked = vi.fn<(answer: CheckedAnswer) => Promise<void>>(async () => undefined);
  const onContinue = vi.fn();
  render(
    <ExerciseRunner exercise={gapFill} position={0} total={3} onChecked={onChecked} onContinue={onContinue} continueLabel="Continue" />,
  );
  return { onChecked, onContinue };
};

test('Check is disabled until the gap is filled; a right answer is confirmed and logged', async () => {
  const user = userEvent.setup();
  const { onChecked, onContinue } = setup();
  const input = await screen.findByRole('textbox', { name: /Gap 1 of 1/ });
  expect(screen.getByRole('button', { name: 'Check' })).toBeDisabled();
  await user.type(input, 'suis{Enter}');
  expect(await screen.findByText('Right!')).toBeInTheDocument();
  expect(onChecked).toHaveBeenCalledOnce();
  expect(onChecked.mock.calls[0]?.[0].verdict.result).toBe('correct');
  expect(onChecked.mock.calls[0]?.[0].response).toEqual({ answers: ['suis'] });
  await waitFor(() => expect(screen.getByRole('button', { name: 'Continue' })).toHaveFocus());
  await user.keyboard('{Enter}');
  expect(onContinue).toHaveBeenCalledOnce();
});

test('a wrong answer shows the expected form and the explanation', async () => {
  const user = userEvent.setup();
  const { onChecked } = setup();
  await user.type(await screen.findByRole('textbox', { name: /Gap 1 of 1/ }), 'es');
  await user.click(screen.getByRole('button', { name: 'Check' }));
  const status = screen.getByRole('status');
  expect(status).toHaveTextContent('Not quite.');
  expect(status).toHaveTextContent('Answer: suis');
  expect(status).toHaveTextContent('être: je suis.');
  expect(onChecked.mock.calls[0]?.[0].verdict.result).toBe('wrong');
  expect(screen.getByRole('textbox', { name: /Gap 1 of 1/ })).toHaveAttribute('readonly');
});

test('a storage failure is reported and the learner can go on', async () => {
  const user = userEvent.setup();
  const onChecked = vi.fn(async () => {
    throw new DOMException('quota', 'QuotaExceededError');
  });
  render(
    <ExerciseRunner
      exercise={gapFill}
      position={0}
      total={3}
      onChecked={onChecked}
      onContinue={() => undefined}
      continueLabel="Continue"
    />,
  );
  await user.type(await screen.findByRole('textbox', { name: /Gap 1 of 1/ }), 'suis{Enter}');
  expect(await screen.findByText(/could not be saved on this device/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Continue' })).toBeEnabled();
});
