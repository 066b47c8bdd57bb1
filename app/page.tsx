export default function Home() {
  return <h1 className="text-3xl font-bold">Teaching Atlas</h1>;
}
