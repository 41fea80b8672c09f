// Placeholder until this page is built (issue 5); replaced in this session.
import { Title } from "react-admin";

export default function WorkerPage() {
  return <Title title="WorkerPage" />;
}
