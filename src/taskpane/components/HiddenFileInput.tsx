/** The invisible file input behind an "open" button: hands over the chosen file and lets the same file be chosen again. */
import { forwardRef } from 'react';

/** Props: accepted types, an accessible label, a test id and what to do with the file. */
export interface HiddenFileInputProps {
  accept: string;
  label: string;
  testId: string;
  onFile: (file: File) => void;
}

/** A display:none `<input type="file">`; the screen's button calls `click()` on the forwarded ref. */
export const HiddenFileInput = forwardRef<HTMLInputElement, HiddenFileInputProps>(function HiddenFileInput(
  { accept, label, testId, onFile },
  ref,
) {
  return (
    <input
      ref={ref}
      style={{ display: 'none' }}
      type="file"
      accept={accept}
      aria-label={label}
      data-testid={testId}
      onChange={(e) => {
        const file = e.target.files?.[0];
        // Clearing the value lets the user pick the same file again after fixing it.
        e.target.value = '';
        if (file) onFile(file);
      }}
    />
  );
});
