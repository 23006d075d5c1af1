export default function Join({ code }: { code: string }) {
  return <h1>Invite {code}</h1>;
}
