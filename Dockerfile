# whosaid as a service: the corpus and the data folder (snapshots, reports) are volumes, tokens come from the
# environment (docker run --env-file .env). Without Slack or Discord tokens it runs the console: use -it.
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY commands ./commands
COPY src ./src
COPY slack ./slack
COPY tsconfig.json ./
ENV NODE_ENV=production WHOSAID_CORPUS=/corpus WHOSAID_DATA=/data PORT=3000
VOLUME ["/corpus", "/data"]
EXPOSE 3000
USER node
# tsx directly (not npm), so SIGTERM from `docker stop` reaches the bot and it shuts down cleanly.
CMD ["node", "node_modules/tsx/dist/cli.mjs", "src/main.ts"]
