import type { MachineText } from './machine-messages.ts';

/**
 * A machine message as staff read it: the sentence in the UI language, then the original
 * English message, smaller and muted, for the precise names and values it holds.
 */
export function MachineMessage({ message }: { message: MachineText }) {
  return (
    <>
      <span className="problem-message" lang={message.original ? 'en' : undefined}>
        {message.text}
      </span>
      {message.detail ? (
        <span className="problem-detail" lang="en">
          {message.detail}
        </span>
      ) : null}
    </>
  );
}
