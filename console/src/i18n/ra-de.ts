// Placeholder: the German react-admin catalogue is written in this session (issue 5 #11).
import englishMessages from "ra-language-english";
export const germanMessages = englishMessages;
